using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Accounts;
using Rinde.Features.Files;

namespace Rinde.Features.Contacts;

/// <summary>
/// One list: its contacts, and importing a CSV or XLSX into it in two steps (preview, then
/// confirmation). StaffPageScope makes the list of another dependency a 404 and changes editors' only.
/// </summary>
[UploadLimit]
public class ListPageModel(RindeDbContext db, StaffScope scope, ContactLists lists, ContactImporter importer, ContactDrafts drafts) : PageModel
{
    public const int Shown = 500;

    public ContactList List { get; private set; } = null!;
    public List<Contact> Contacts { get; private set; } = [];
    public int Total { get; private set; }
    public bool MayEdit => scope.MayEdit;

    public ContactImportResult? Preview { get; private set; }
    public List<ContactRow> FirstRows { get; private set; } = [];
    public string? Token { get; private set; }

    public async Task<IActionResult> OnGetAsync(int listId, CancellationToken ct) => await LoadAsync(listId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPreviewAsync(int listId, IFormFile? archivo, CancellationToken ct)
    {
        if (!await LoadAsync(listId, ct)) return NotFound();
        if (archivo is null || archivo.Length == 0) return Refuse("Elija el archivo de contactos (CSV o XLSX).");
        await using var content = archivo.OpenReadStream();
        var (path, error) = await importer.ReceiveAsync(content, ct);
        if (path is null) return Refuse(error!, error == ContactImporter.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status422UnprocessableEntity);
        try
        {
            var reading = await importer.ReadAsync(path, ct);
            if (reading.Problem is { } problem) return Refuse(problem);
            Preview = await importer.PreviewAsync(listId, reading, ct);
            FirstRows = reading.Rows.Take(20).ToList();
            Token = reading.Rows.Count > 0 ? (await drafts.KeepAsync(listId, path, ct)).ToString("N") : null;
            return Page();
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    public async Task<IActionResult> OnPostImportAsync(int listId, string? archivo, CancellationToken ct)
    {
        if (!await LoadAsync(listId, ct)) return NotFound();
        var path = Guid.TryParseExact(archivo, "N", out var id) ? await drafts.TakeAsync(listId, id, User, ct) : null;
        if (path is null) return Refuse("El archivo de la vista previa ya no está: súbalo de nuevo.");
        try
        {
            var reading = await importer.ReadAsync(path, ct);
            if (reading.Problem is { } problem) return Refuse(problem);
            var result = await importer.ApplyAsync(listId, reading, ct);
            TempData["Mensaje"] = $"Se importaron {Infrastructure.EsCo.Count(result.Imported)} contactos nuevos y se actualizaron {Infrastructure.EsCo.Count(result.Updated)}"
                + (result.Rejected.Count > 0 ? $"; {Infrastructure.EsCo.Count(result.Rejected.Count)} filas no se importaron." : ".");
            return RedirectToPage(new { listId });
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    private PageResult Refuse(string reason, int status = StatusCodes.Status422UnprocessableEntity)
    {
        Response.StatusCode = status;
        ModelState.AddModelError("archivo", reason);
        return Page();
    }

    private async Task<bool> LoadAsync(int listId, CancellationToken ct)
    {
        if (await lists.FindAsync(scope, listId, ct) is not { } list) return false;
        List = list;
        var contacts = db.Set<Contact>().AsNoTracking().Where(c => c.ContactListId == listId);
        Total = await contacts.CountAsync(ct);
        Contacts = await contacts.OrderBy(c => c.Email).Take(Shown).ToListAsync(ct);
        ViewData["Title"] = $"{list.Name} · Grupos de valor";
        return true;
    }
}
