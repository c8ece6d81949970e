using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Rinde.Features.Acta.Workflow;

/// <summary>The public archive of published actas (../shared/api.md: GET /api/v1/actas).</summary>
public static class ArchiveApi
{
    public sealed record PublishedActa(int ExerciseId, string Number, string Title, string Dependency, DateOnly Date, string Sha256, string Docx, string? Pdf)
    {
        /// <summary>SHA-256 of the published PDF (the signed scan once uploaded) and of the web page.</summary>
        public string? PdfSha256 { get; init; }
        public string Html { get; init; } = "";
        public string HtmlSha256 { get; init; } = "";

        /// <summary>Every published version, newest first, each with its own unchanging files.</summary>
        public List<PublishedVersion> Versions { get; init; } = [];
    }

    public sealed record PublishedVersion(int Version, DateTime PublishedAt, string Sha256, string Docx, string? Pdf, string? PdfSha256,
        string Html, string HtmlSha256);

    public static RouteGroupBuilder MapArchiveApi(this RouteGroupBuilder api)
    {
        api.MapGet("/actas", ListAsync).AllowAnonymous();
        api.MapGet("/exercises/{id:int}/acta/v{version:int}.docx", (int id, int version, ActaArchive a, HttpContext h, Files.FileStore f, CancellationToken ct) =>
            VersionFileAsync(id, version, v => v.DocxFile, a, h, f, ct)).AllowAnonymous();
        api.MapGet("/exercises/{id:int}/acta/v{version:int}.pdf", (int id, int version, ActaArchive a, HttpContext h, Files.FileStore f, CancellationToken ct) =>
            VersionFileAsync(id, version, v => v.PublishedPdf, a, h, f, ct)).AllowAnonymous();
        api.MapGet("/exercises/{id:int}/acta/v{version:int}.html", (int id, int version, ActaArchive a, HttpContext h, Files.FileStore f, CancellationToken ct) =>
            VersionFileAsync(id, version, v => v.HtmlFile, a, h, f, ct)).AllowAnonymous();
        return api;
    }

    /// <summary>A version's frozen public file: anyone's once that version was published, staff's before.</summary>
    private static async Task<IResult> VersionFileAsync(int id, int version, Func<ActaVersion, Files.StoredFile?> pick,
        ActaArchive archive, HttpContext http, Files.FileStore files, CancellationToken ct)
    {
        var found = await archive.Query().FirstOrDefaultAsync(v => v.ExerciseId == id && v.Version == version, ct);
        var staff = found is not null && http.User.Identity?.IsAuthenticated == true
            && await http.RequestServices.GetRequiredService<Accounts.StaffScope>().CanSeeExerciseAsync(id, ct);
        if (found is null || (found.PublishedAt is null && !staff) || pick(found) is not { } file)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: "No existe esa versión publicada del acta.");
        }
        if (file == found.HtmlFile)
        {
            http.Response.Headers.ContentSecurityPolicy = Html.ActaHtmlWriter.ContentSecurityPolicy;
            http.Response.Headers.ContentDisposition = $"inline; filename=\"{file.FileName}\"";
            return TypedResults.Bytes(await files.ReadAllAsync(file, ct), file.ContentType);
        }
        return TypedResults.File(files.Open(file), file.ContentType == "application/zip" ? Docx.ActaDocxWriter.ContentType : file.ContentType, file.FileName);
    }

    private static async Task<Ok<List<PublishedActa>>> ListAsync(string? dependency, int? year, string? q, ActaArchive archive, CancellationToken ct) =>
        TypedResults.Ok(await archive.PublishedAsync(dependency, year, q, ct));
}
