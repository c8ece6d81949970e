using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Features.Questions.Desk;

public static class DeskEvents
{
    /// <summary>
    /// Reserves <paramref name="questions"/> question numbers and <paramref name="events"/> event
    /// sequences of an exercise inside the caller's transaction; returns the last of each.
    /// </summary>
    public static async Task<(int LastNumber, long LastSequence)> ReserveAsync(
        RindeDbContext db, int exerciseId, int questions, int events, CancellationToken ct)
    {
        // The first question of an exercise created elsewhere (API, demo, back-office) starts the
        // counters after what is already stored; ON CONFLICT lets racing nodes all go on.
        if (!await db.Set<ExerciseCounters>().AnyAsync(c => c.ExerciseId == exerciseId, ct))
        {
            var lastNumber = await db.CitizenQuestions.Where(q => q.ExerciseId == exerciseId).MaxAsync(q => (int?)q.Number, ct) ?? 0;
            var lastSequence = await db.Set<QuestionEvent>().Where(e => e.ExerciseId == exerciseId).MaxAsync(e => (long?)e.Sequence, ct) ?? 0;
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO \"ExerciseCounters\" (\"ExerciseId\", \"LastQuestionNumber\", \"LastEventSequence\") VALUES ({exerciseId}, {lastNumber}, {lastSequence}) ON CONFLICT DO NOTHING", ct);
        }
        await db.Set<ExerciseCounters>().Where(c => c.ExerciseId == exerciseId)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.LastQuestionNumber, c => c.LastQuestionNumber + questions)
                .SetProperty(c => c.LastEventSequence, c => c.LastEventSequence + events), ct);
        var row = await db.Set<ExerciseCounters>().AsNoTracking().SingleAsync(c => c.ExerciseId == exerciseId, ct);
        return (row.LastQuestionNumber, row.LastEventSequence);
    }
}
