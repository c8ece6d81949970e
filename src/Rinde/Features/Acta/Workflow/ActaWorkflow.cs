using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Exercises;
using Rinde.Infrastructure;

namespace Rinde.Features.Acta.Workflow;

public enum TransitionOutcome { Done, NotFound, NotAllowedFromState, Forbidden, CommentRequired, CommentTooLong, NumberTaken, NotReady }

/// <summary>
/// Moves an acta through its lifecycle; approving numbers it and freezes its documents.
/// Approval is three steps so that nothing is locked while the acta renders (seconds, with
/// Chromium): the number in a short transaction, the rendering outside any, and the move with
/// its version in a short transaction that checks the state did not change meanwhile.
/// </summary>
public sealed class ActaWorkflow(RindeDbContext db, ActaFreezer freezer, TimeProvider clock)
{
    /// <summary>A reviewer's comment is read on every page of a returned exercise: a note, not a document.</summary>
    public const int MaxComment = 4000;

    /// <summary>Readiness is set when approval is refused for what the acta lacks (NotReady).</summary>
    public async Task<(TransitionOutcome Outcome, ActaState? State, Readiness? Readiness)> TransitionAsync(
        int exerciseId, ActaState to, string? comment, ClaimsPrincipal user, CancellationToken ct)
    {
        var exercise = await db.Exercises.Include(e => e.Dependency).Include(e => e.ActaFormat).FirstOrDefaultAsync(e => e.Id == exerciseId, ct);
        if (exercise is null)
        {
            return (TransitionOutcome.NotFound, null, null);
        }
        var from = exercise.Status;
        if (!ActaLifecycle.Exists(from, to))
        {
            return (TransitionOutcome.NotAllowedFromState, from, null);
        }
        if (!ActaLifecycle.RolesFor(from, to).Any(user.IsInRole))
        {
            return (TransitionOutcome.Forbidden, from, null);
        }
        if (to == ActaState.Devuelta && string.IsNullOrWhiteSpace(comment))
        {
            return (TransitionOutcome.CommentRequired, from, null);
        }
        if (comment?.Trim().Length > MaxComment)
        {
            return (TransitionOutcome.CommentTooLong, from, null);
        }
        ActaFreezer.Rendered? rendered = null;
        if (to == ActaState.Aprobada)
        {
            var readiness = (await ActaReadiness.CheckAsync(db, exerciseId, clock, ct))!;
            if (readiness.Blocks)
            {
                return (TransitionOutcome.NotReady, from, readiness);
            }
            if (await ReserveNumberAsync(exercise, from, ct) is { } refused)
            {
                return (refused, from, null);
            }
            rendered = await freezer.RenderAsync(exercise, ct);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var by = user.Identity?.Name ?? "";
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await LockAsync(exercise, ct);
        if (exercise.Status != from)
        {
            // Someone else moved it while this approval rendered: nothing changes (the files stay unused).
            return (TransitionOutcome.NotAllowedFromState, exercise.Status, null);
        }
        exercise.Status = to;
        db.Set<ActaTransition>().Add(new ActaTransition
        {
            ExerciseId = exerciseId, From = from, To = to, By = by, At = now, Comment = comment?.Trim() ?? "",
        });
        if (rendered is not null)
        {
            await freezer.StoreAsync(exercise, rendered, by, now, ct);
        }
        if (to == ActaState.Publicada)
        {
            var latest = await db.ActaVersions.Where(v => v.ExerciseId == exerciseId).OrderByDescending(v => v.Version).FirstAsync(ct);
            latest.PublishedAt = now;
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (TransitionOutcome.Done, to, null);
    }

    /// <summary>
    /// Gives the acta its number in a transaction of its own, which holds the dependency's
    /// counter row only for these few statements: unique and without gaps, also under racing
    /// approvals. The exercise keeps the number from then on (a reopened acta, or an approval
    /// whose rendering failed and is tried again, uses it), so a number is never skipped. A
    /// reserved number that is already taken rolls back, giving the consecutive back.
    /// </summary>
    private async Task<TransitionOutcome?> ReserveNumberAsync(Exercise exercise, ActaState from, CancellationToken ct)
    {
        if (exercise.ActaNumber is not null)
        {
            return null;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await LockAsync(exercise, ct);
        if (exercise.ActaNumber is not null)
        {
            return null;
        }
        if (exercise.Status != from)
        {
            return TransitionOutcome.NotAllowedFromState;
        }
        var year = ColombiaTime.Today(clock).Year;
        var (number, consecutive) = await ActaNumbering.NextAsync(db, exercise, year, ct);
        if (await db.Exercises.AnyAsync(e => e.ActaNumber == number && e.Id != exercise.Id, ct))
        {
            return TransitionOutcome.NumberTaken;
        }
        exercise.ActaNumber = number;
        exercise.ActaConsecutive = consecutive;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return null;
    }

    /// <summary>
    /// Writes the exercise's row first (changing nothing), so steps on one exercise take turns on
    /// SQLite and PostgreSQL alike, then reads it again as it is now.
    /// </summary>
    private async Task LockAsync(Exercise exercise, CancellationToken ct)
    {
        await db.Exercises.Where(e => e.Id == exercise.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, e => e.Status), ct);
        await db.Entry(exercise).ReloadAsync(ct);
    }
}
