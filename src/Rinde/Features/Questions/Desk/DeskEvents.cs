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
        for (var attempt = 0; ; attempt++)
        {
            var updated = await db.Set<ExerciseCounters>().Where(c => c.ExerciseId == exerciseId)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(c => c.LastQuestionNumber, c => c.LastQuestionNumber + questions)
                    .SetProperty(c => c.LastEventSequence, c => c.LastEventSequence + events), ct);
            if (updated == 1)
            {
                var row = await db.Set<ExerciseCounters>().AsNoTracking().SingleAsync(c => c.ExerciseId == exerciseId, ct);
                return (row.LastQuestionNumber, row.LastEventSequence);
            }
            if (attempt > 0)
            {
                throw new InvalidOperationException($"No existen contadores para el ejercicio {exerciseId}.");
            }
            // First question of an exercise created elsewhere (API, demo, back-office): start
            // the counters after what is already stored.
            var lastNumber = await db.CitizenQuestions.Where(q => q.ExerciseId == exerciseId).MaxAsync(q => (int?)q.Number, ct) ?? 0;
            var lastSequence = await db.Set<QuestionEvent>().Where(e => e.ExerciseId == exerciseId).MaxAsync(e => (long?)e.Sequence, ct) ?? 0;
            db.Set<ExerciseCounters>().Add(new ExerciseCounters
            {
                ExerciseId = exerciseId, LastQuestionNumber = lastNumber, LastEventSequence = lastSequence,
            });
            await db.SaveChangesAsync(ct);
        }
    }
}
