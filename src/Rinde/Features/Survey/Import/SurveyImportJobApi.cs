using Microsoft.AspNetCore.Http.HttpResults;
using Rinde.Features.Files;
using Rinde.Infrastructure;

namespace Rinde.Features.Survey.Import;

/// <summary>An import job as the API shows it: polled from any node until it is done or failed.</summary>
public static class SurveyImportJobApi
{
    /// <summary>
    /// state: queued, running, done or failed. message: where it stands, in Spanish (every response
    /// imported, or none). The counts and rejected rows once done, as the synchronous import answers them.
    /// </summary>
    public sealed record JobResponse(Guid Id, JobState State, string Message, int Read, int Total, int? Imported, int? Skipped,
        IReadOnlyList<RejectedRow>? Rejected, int? RejectedCount, DateTime CreatedAt, DateTime? FinishedAt);

    /// <summary>RFC 7240: the client asks not to wait for the import.</summary>
    public static bool WantsAsync(HttpRequest request) =>
        request.Headers["Prefer"].Any(v => v?.Split(',').Any(p => p.Trim().Equals("respond-async", StringComparison.OrdinalIgnoreCase)) == true);

    public static Accepted<JobResponse> Accepted(HttpContext http, int exerciseId, ImportJobView job) =>
        TypedResults.Accepted($"{http.Request.PathBase}/api/v1/exercises/{exerciseId}/survey/imports/{job.Id}", Describe(job));

    public static JobResponse Describe(ImportJobView job) => new(job.Id, job.State, job.Message, job.Read, job.ExpectedRows,
        job.Result?.Imported, job.Result?.Skipped, job.Result?.Rejected, job.Result?.RejectedCount, job.CreatedAt, job.FinishedAt);
}
