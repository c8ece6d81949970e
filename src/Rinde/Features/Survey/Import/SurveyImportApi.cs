using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Rinde.Data;
using Rinde.Features.Accounts;
using Rinde.Features.Exercises;
using Rinde.Features.Files;
using Rinde.Infrastructure;

namespace Rinde.Features.Survey.Import;

public static class SurveyImportApi
{
    /// <summary>rejectedCount: all rejected rows; rejected lists the first <see cref="SurveyImporter.MaxRejected"/>.</summary>
    public sealed record ImportResponse(int Imported, int Skipped, IReadOnlyList<RejectedRow> Rejected, int RejectedCount);

    public static RouteGroupBuilder MapSurveyImportApi(this RouteGroupBuilder api)
    {
        api.MapPost("/exercises/{id:int}/survey/import", ImportAsync).RequireExerciseScope().RequireEditor().DisableAntiforgery();
        api.MapGet("/exercises/{id:int}/survey/imports/{job:guid}", JobAsync).RequireExerciseScope().RequireEditor();
        return api;
    }

    /// <summary>
    /// Imports in the request and answers the counts (the contract), as a job this node holds:
    /// if the node dies meanwhile, another one resumes it. With <c>Prefer: respond-async</c> it
    /// answers 202 at once, with the job's address to poll.
    /// </summary>
    private static async Task<Results<Ok<ImportResponse>, UnprocessableEntity<ImportResponse>, Accepted<SurveyImportJobApi.JobResponse>, ProblemHttpResult>> ImportAsync(
        int id, HttpContext http, RindeDbContext db, ImportUploads uploads, SurveyImportJobs jobs, ImportRunner runner, CancellationToken ct)
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
        var (path, error) = await ReceiveAsync(http, id, uploads, ct);
        if (path is null)
        {
            var code = error == ImportUploads.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
            return TypedResults.Problem(statusCode: code, detail: error);
        }
        var user = http.User.Identity?.Name ?? "sistema";
        JobTake job;
        try
        {
            if (SurveyImportJobApi.WantsAsync(http.Request))
            {
                var queued = await jobs.QueueAsync(id, path, user, ct);
                return SurveyImportJobApi.Accepted(http, id, (await jobs.FindAsync(id, queued, ct))!);
            }
            job = await jobs.StartHereAsync(id, path, user, ct);
        }
        finally
        {
            File.Delete(path);
        }
        await runner.RunAsync(job, ct);
        var view = (await jobs.FindAsync(id, job.Id, ct))!;
        return view switch
        {
            { Result: { RejectedCount: > 0 } refused } => TypedResults.UnprocessableEntity(Body(refused)),
            { Result: { } result } => TypedResults.Ok(Body(result)),
            { Failure: { } failure } => TypedResults.Problem(statusCode: StatusCodes.Status500InternalServerError, detail: failure),
            // Taken over by another node (this one stalled): the client follows it there.
            _ => SurveyImportJobApi.Accepted(http, id, view),
        };
    }

    private static ImportResponse Body(ImportResult r) => new(r.Imported, r.Skipped, r.Rejected, r.RejectedCount);

    private static async Task<Results<Ok<SurveyImportJobApi.JobResponse>, ProblemHttpResult>> JobAsync(int id, Guid job, SurveyImportJobs jobs,
        CancellationToken ct) =>
        await jobs.FindAsync(id, job, ct) is { } view
            ? TypedResults.Ok(SurveyImportJobApi.Describe(view))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: "No existe esa importación en este ejercicio.");

    /// <summary>Streams the multipart field "file" to a local file, counting its bytes: never the whole file in memory.</summary>
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
                    return await uploads.ReceiveAsync(section.Body, id, ct);
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
