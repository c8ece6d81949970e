using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Rinde.Features.Files;

/// <summary>
/// Serves a stored upload to signed-in staff (previews in the back-office). Images show
/// inline; anything else downloads, so a PDF's scripts never run in our origin.
/// Staff read a file only when they may read its exercise (<see cref="StoredFileAccess"/>).
/// </summary>
public class PreviewModel(StoredFileAccess access, FileStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await access.FindReadableAsync(id, HttpContext.RequestAborted) is not { } file)
        {
            return NotFound();
        }
        Stream content;
        try
        {
            content = store.Open(file);
        }
        catch (FileNotFoundException)
        {
            return NotFound();
        }
        Response.Headers.ContentSecurityPolicy = Infrastructure.SecurityHeaders.StoredFilePolicy;
        // The bytes under an id never change.
        Response.Headers.CacheControl = "private, max-age=31536000, immutable";
        return FileStore.ImageTypes.Contains(file.ContentType)
            ? File(content, file.ContentType)
            : File(content, file.ContentType, file.FileName);
    }
}
