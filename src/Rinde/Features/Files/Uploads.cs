using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Rinde.Features.Files;

public static class Uploads
{
    public const string ImageAccept = "image/png,image/jpeg,image/gif,image/webp";
    public const string AnnexAccept = ImageAccept + ",application/pdf,.docx,.xlsx,.pptx";

    /// <summary>
    /// Stores the upload; on refusal the Spanish reason goes to the field's errors and the page
    /// answers 422, so a client (or a test) tells a refused file from a saved one.
    /// </summary>
    public static async Task<Guid?> StoreAsync(this FileStore store, PageModel page, string key,
        IFormFile? file, IReadOnlySet<string> types, bool required)
    {
        var state = page.ModelState;
        if (file is null)
        {
            if (required)
            {
                state.AddModelError(key, "Elija un archivo.");
            }
            return null;
        }
        await using var content = file.OpenReadStream();
        var (stored, error) = await store.SaveAsync(content, file.FileName, types);
        if (error is not null)
        {
            page.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            state.AddModelError(key, error);
        }
        return stored?.Id;
    }
}

/// <summary>What a file input accepts (the browser's file picker filter only; the server sniffs the bytes).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AcceptAttribute(string types) : Attribute
{
    public string Types { get; } = types;
}

/// <summary>
/// On pages that take uploads: raises the body limit to half again the largest file, so that a
/// slightly larger file still reaches its checks and gets its reason next to the field, and
/// turns a larger request away before anything reads it, with a Spanish message instead of a 413.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadLimitAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    // Before RequestSizeLimit (900) and antiforgery (1000), which reads the form.
    public int Order => 800;

    /// <summary>The largest file the page takes (the survey import takes more than FileStore's).</summary>
    public long MaxMegabytes { get; init; } = FileStore.MaxBytes / (1024 * 1024);

    private long RequestLimit => MaxMegabytes * 1024 * 1024 * 3 / 2;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (http.Request.ContentLength > RequestLimit)
        {
            var tempData = http.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http);
            tempData["Error"] = $"El archivo es demasiado grande: el máximo es de {MaxMegabytes} MB.";
            // A short-circuit skips the result filters that would save TempData.
            tempData.Save();
            context.Result = new RedirectResult(http.Request.PathBase + http.Request.Path);
            return;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = RequestLimit;
        }
    }
}
