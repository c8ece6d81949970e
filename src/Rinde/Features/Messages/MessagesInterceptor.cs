using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Rinde.Data;
using Rinde.Features.Questions.Desk;

namespace Rinde.Features.Messages;

/// <summary>
/// Hooks messages onto the changes that cause them without the other features calling in:
/// the desk and the intake store a QuestionEvent with every change, so the messages of
/// those events are added to the same SaveChanges, and commit or roll back with it.
/// </summary>
public sealed class MessagesInterceptor(QuestionMessages questions, StaffNotices staff, OutboxWriter writer, OutboxSignal signal) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _queued = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        await QueueAsync(eventData.Context, cancellationToken);
        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        QueueAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Woken(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Woken(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    private async Task QueueAsync(DbContext? context, CancellationToken ct)
    {
        if (context is not RindeDbContext db)
        {
            return;
        }
        var events = db.ChangeTracker.Entries<QuestionEvent>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        var steps = db.ChangeTracker.Entries<Acta.Workflow.ActaTransition>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (events.Count == 0 && steps.Count == 0)
        {
            return;
        }
        var drafts = events.Count == 0 ? [] : await questions.DraftsAsync(db, events, ct);
        foreach (var step in steps)
        {
            var exercise = await QuestionMessages.ExerciseAsync(db, step.ExerciseId, ct);
            var dependency = await db.Exercises.Where(e => e.Id == step.ExerciseId).Select(e => (int?)e.DependencyId).FirstOrDefaultAsync(ct);
            if (exercise is not null && dependency is int d)
            {
                drafts.AddRange(await staff.TransitionAsync(db, step, exercise, d, ct));
            }
        }
        if (await writer.AddAsync(db, drafts, ct) > 0)
        {
            _queued.AddOrUpdate(db, true);
        }
    }

    // Inside the caller's transaction the messages become visible only at its commit.
    private void Woken(DbContext? context)
    {
        if (context is null || !_queued.Remove(context))
        {
            return;
        }
        if (context.Database.CurrentTransaction is null)
        {
            signal.Wake();
        }
        else
        {
            signal.WakeAtCommit(context);
        }
    }
}

/// <summary>Wakes the sender when the transaction that queued messages commits.</summary>
public sealed class OutboxCommitWaker(OutboxSignal signal) : DbTransactionInterceptor
{
    public override Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        signal.Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) =>
        signal.Committed(eventData.Context);
}
