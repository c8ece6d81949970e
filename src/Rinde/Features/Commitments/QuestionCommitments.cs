using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Infrastructure;

namespace Rinde.Features.Commitments;

/// <summary>
/// How a question turned into a commitment says so, in one wording for the desk, the follow
/// page and the acta's "Acciones a desarrollar" column.
/// </summary>
public static class QuestionCommitments
{
    public static string Describe(Commitment c) =>
        $"Compromiso: {c.Description.Trim()}" + (c.DueDate is { } due ? $" (a más tardar el {EsCo.ShortDate(due)})." : ".");

    /// <summary>The commitments born from each of the given questions, described, by question id.</summary>
    public static async Task<Dictionary<int, List<string>>> ByQuestionAsync(RindeDbContext db, IReadOnlyCollection<int> questionIds, CancellationToken ct) =>
        (await db.Commitments.AsNoTracking().Where(c => c.QuestionId != null && questionIds.Contains(c.QuestionId.Value))
            .OrderBy(c => c.Order).ToListAsync(ct))
        .GroupBy(c => c.QuestionId!.Value).ToDictionary(g => g.Key, g => g.Select(Describe).ToList());
}
