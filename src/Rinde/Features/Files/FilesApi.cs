using Microsoft.AspNetCore.Http.HttpResults;
using Rinde.Features.Accounts;

namespace Rinde.Features.Files;

/// <summary>Uploads for the exercise document: images and annexes are uploaded first, then referenced by id.</summary>
public static class FilesApi
{
    public sealed record Uploaded(Guid Id, string FileName, string ContentType, long Length, string Sha256);

    public static RouteGroupBuilder MapFilesApi(this RouteGroupBuilder api)
    {
        api.MapPost("/files", UploadAsync).RequireEditor().DisableAntiforgery();
        api.MapGet("/files/{id:guid}", DownloadAsync);
        return api;
    }

    private static async Task<Results<Created<Uploaded>, ProblemHttpResult>> UploadAsync(IFormFile? file, FileStore store, CancellationToken ct)
    {
        if (file is null)
        {
            return TypedResults.Problem(statusCode: 400, detail: "Envíe el archivo en el campo «file» (multipart/form-data).");
        }
        await using var content = file.OpenReadStream();
        var (stored, error) = await store.SaveAsync(content, file.FileName, FileSniffer.AnnexTypes, ct);
        return stored is null
            ? TypedResults.Problem(statusCode: 400, detail: error)
            : TypedResults.Created($"/api/v1/files/{stored.Id}",
                new Uploaded(stored.Id, stored.FileName, stored.ContentType, stored.Length, stored.Sha256));
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> DownloadAsync(
        Guid id, HttpContext http, StoredFileAccess access, FileStore store, CancellationToken ct)
    {
        if (await access.FindReadableAsync(id, ct) is not { } file)
        {
            return TypedResults.Problem(statusCode: 404, detail: "No existe ese archivo.");
        }
        http.Response.Headers.ContentSecurityPolicy = Infrastructure.SecurityHeaders.StoredFilePolicy;
        return TypedResults.File(store.Open(file), file.ContentType, file.FileName);
    }
}
