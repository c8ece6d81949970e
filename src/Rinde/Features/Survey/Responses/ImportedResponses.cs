using Rinde.Data;
using Rinde.Features.Survey.Responses.Blocks;

namespace Rinde.Features.Survey.Responses;

/// <summary>
/// What other features may do with imported responses, which are stored packed in blocks
/// (<see cref="SurveyResponseBlock"/>): read them one by one, or remove all of an exercise's.
/// The packing itself stays inside the survey.
/// </summary>
public static class ImportedResponses
{
    public static IEnumerable<SurveyResponse> Read(SurveyResponseBlock block) => BlockReader.Responses(block);

    /// <summary>Soft-deletes every import of the exercise and adds an audit entry per import; the caller saves.</summary>
    public static Task RemoveAllAsync(RindeDbContext db, int exerciseId, string user, DateTime now, CancellationToken ct) =>
        SurveyImports.RemoveAsync(db, exerciseId, null, user, now, ct);
}
