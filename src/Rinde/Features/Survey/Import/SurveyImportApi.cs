using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Rinde.Data;
using Rinde.Features.Accounts;
using Rinde.Features.Acta;

namespace Rinde.Features.Survey.Import;

public static class SurveyImportApi
{
    /// <summary>rejectedCount: all rejected rows; rejected lists the first <see cref="SurveyImporter.MaxRejected"/>.</summary>
    public sealed record ImportResponse(int Imported, int Skipped, IReadOnlyList<RejectedRow> Rejected, int RejectedCount);

    public static RouteGroupBuilder MapSurveyImportApi(this RouteGroupBuilder api)
    {
        api.MapPost("/exercises/{id:int}/survey/import", ImportAsync).RequireExerciseScope().RequireEditor().DisableAntiforgery();
        return api;
    }

    private static async Task<Results<Ok<ImportResponse>, UnprocessableEntity<ImportResponse>, ProblemHttpResult>> ImportAsync(
        int id, HttpContext http, RindeDbContext db, SurveyImporter importer, ImportUploads uploads, CancellationToken ct)
    {
        var status = await db.Exercises.Where(e => e.Id == id).Select(e => (ActaState?)e.Status).FirstOrDefaultAsync(ct);
        if (status is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"No existe el ejercicio {id}.");
        }
        if (status.Value.IsFrozen())
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                detail: $"El acta está {ActaStates.Label(status.Value).ToLowerInvariant()}: ya no se pueden importar respuestas a su encuesta.");
        }
        var (token, error) = await ReceiveAsync(http, id, uploads, ct);
        if (token is null)
        {
            var code = error == ImportUploads.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
            return TypedResults.Problem(statusCode: code, detail: error);
        }
        try
        {
            var result = await importer.ImportAsync(uploads.Find(id, token)!, id, ct);
            var body = new ImportResponse(result.Imported, result.Skipped, result.Rejected, result.RejectedCount);
            return result.RejectedCount > 0 ? TypedResults.UnprocessableEntity(body) : TypedResults.Ok(body);
        }
        finally
        {
            uploads.Delete(id, token);
        }
    }

    /// <summary>Streams the multipart field "file" to disk, counting its bytes: never the whole file in memory.</summary>
    private static async Task<(string? Token, string? Error)> ReceiveAsync(HttpContext http, int id, ImportUploads uploads, CancellationToken ct)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = ImportUploads.MaxBytes + 1024 * 1024;
        }
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return (null, "Envíe el archivo como multipart/form-data en el campo «file».");
        }
        try
        {
            var reader = new MultipartReader(boundary, http.Request.Body);
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    && disposition.IsFileDisposition() && disposition.Name.Value?.Trim('"') == "file")
                {
                    return await uploads.SaveAsync(section.Body, id, ct);
                }
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, ImportUploads.TooLarge);
        }
        catch (InvalidDataException e) when (e.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase))
        {
            return (null, ImportUploads.TooLarge);
        }
        return (null, "Falta el archivo: envíelo en el campo «file» del formulario.");
    }
}
