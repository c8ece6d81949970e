using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Features.Acta.Workflow;

public enum TransitionOutcome { Done, NotFound, NotAllowedFromState, Forbidden, CommentRequired, NumberTaken }

/// <summary>Moves an acta through its lifecycle; approving numbers it and freezes its documents.</summary>
public sealed class ActaWorkflow(RindeDbContext db, ActaFreezer freezer, TimeProvider clock)
{
    public async Task<(TransitionOutcome Outcome, ActaState? State)> TransitionAsync(
        int exerciseId, ActaState to, string? comment, ClaimsPrincipal user, CancellationToken ct)
    {
        var exercise = await db.Exercises.Include(e => e.Dependency).Include(e => e.ActaFormat).FirstOrDefaultAsync(e => e.Id == exerciseId, ct);
        if (exercise is null)
        {
            return (TransitionOutcome.NotFound, null);
        }
        var from = exercise.Status;
        if (!ActaLifecycle.Exists(from, to))
        {
            return (TransitionOutcome.NotAllowedFromState, from);
        }
        if (!ActaLifecycle.RolesFor(from, to).Any(user.IsInRole))
        {
            return (TransitionOutcome.Forbidden, from);
        }
        if (to == ActaState.Devuelta && string.IsNullOrWhiteSpace(comment))
        {
            return (TransitionOutcome.CommentRequired, from);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var by = user.Identity?.Name ?? "";
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        exercise.Status = to;
        db.Set<ActaTransition>().Add(new ActaTransition
        {
            ExerciseId = exerciseId, From = from, To = to, By = by, At = now, Comment = comment?.Trim() ?? "",
        });
        if (to == ActaState.Aprobada)
        {
            // A reopened acta keeps its number; only its first approval takes one.
            if (exercise.ActaNumber is null)
            {
                var year = BackOffice.ColombiaTime.Today(clock).Year;
                var (number, consecutive) = await ActaNumbering.NextAsync(db, exercise, year, ct);
                if (await db.Exercises.AnyAsync(e => e.ActaNumber == number && e.Id != exerciseId, ct))
                {
                    return (TransitionOutcome.NumberTaken, from);
                }
                exercise.ActaNumber = number;
                exercise.ActaConsecutive = consecutive;
            }
            await db.SaveChangesAsync(ct);
            await freezer.FreezeAsync(exercise, by, now, ct);
        }
        if (to == ActaState.Publicada)
        {
            var latest = await db.ActaVersions.Where(v => v.ExerciseId == exerciseId).OrderByDescending(v => v.Version).FirstAsync(ct);
            latest.PublishedAt = now;
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (TransitionOutcome.Done, to);
    }
}
