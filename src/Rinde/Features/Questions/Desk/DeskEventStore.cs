using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Features.Questions.Desk;

public static class DeskEventStore
{
    /// <summary>The stored events of an exercise after a sequence, with each question's current state.</summary>
    public static async Task<List<DeskEventMessage>> ReadAfterAsync(RindeDbContext db, int exerciseId, long after, CancellationToken ct)
    {
        var rows = await db.Set<QuestionEvent>().AsNoTracking()
            .Where(e => e.ExerciseId == exerciseId && e.Sequence > after)
            .Join(db.CitizenQuestions.Include(q => q.Theme).Include(q => q.AssignedDependency), e => e.QuestionId, q => q.Id, (e, q) => new { e, q })
            .OrderBy(r => r.e.Sequence)
            .ToListAsync(ct);
        return rows.Select(r => new DeskEventMessage(r.e.Sequence, r.e.Kind, exerciseId, DeskQuestionView.From(r.q))).ToList();
    }
}
