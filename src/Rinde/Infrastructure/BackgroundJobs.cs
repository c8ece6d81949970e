using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Infrastructure;

/// <summary>
/// How a node takes and ends <see cref="BackgroundJob"/>s, whatever their kind. A job is due
/// when queued, or when running under a lease that expired (its node died or stalled); a
/// claim leases one due job to this node (<see cref="Leases"/>). Every end is fenced by the
/// lease: a take that lost its job ends nothing. The lease owner is the take, not the node, so
/// even two takes of one job on the same node (its lease ended while it stalled) are told apart.
/// </summary>
public static class BackgroundJobs
{
    /// <summary>Leases the oldest due job of the kind to a new take on this node; null when none is due.</summary>
    public static async Task<JobTake?> ClaimAsync(RindeDbContext db, string kind, NodeIdentity node, DateTime now, TimeSpan lease,
        CancellationToken ct)
    {
        var jobs = db.Set<BackgroundJob>();
        var take = Guid.NewGuid();
        var claimed = await Leases.ClaimAsync(db,
            $"""
            SELECT "Id" AS "Value" FROM "BackgroundJobs"
            WHERE "Kind" = {kind} AND ("State" = 'Queued' OR ("State" = 'Running' AND "LeaseUntil" < {now}))
            ORDER BY "CreatedAt" LIMIT 1 FOR UPDATE SKIP LOCKED
            """,
            jobs.Where(j => j.Kind == kind && (j.State == JobState.Queued || (j.State == JobState.Running && j.LeaseUntil < now)))
                .OrderBy(j => j.CreatedAt).Select(j => j.Id).Take(1),
            ids => jobs.Where(j => ids.Contains(j.Id)), take, now + lease,
            s => s.SetProperty(j => j.State, JobState.Running).SetProperty(j => j.StartedAt, now).SetProperty(j => j.Node, node.Name), ct);
        return claimed.Count == 0 ? null : new JobTake(claimed[0], take);
    }

    /// <summary>The job, if this take still holds it.</summary>
    public static IQueryable<BackgroundJob> Held(RindeDbContext db, JobTake take) =>
        db.Set<BackgroundJob>().Where(j => j.Id == take.Id).HeldBy(take.Owner);

    /// <summary>Done with its outcome (JSON); false when the lease was lost, and then nothing changed.</summary>
    public static async Task<bool> FinishAsync(RindeDbContext db, JobTake take, string result, int progress, DateTime now,
        CancellationToken ct) =>
        await Held(db, take).ExecuteUpdateAsync(s => s.Release()
            .SetProperty(j => j.State, JobState.Done).SetProperty(j => j.Result, result).SetProperty(j => j.Progress, progress)
            .SetProperty(j => j.FinishedAt, now).SetProperty(j => j.FileId, (Guid?)null), ct) == 1;

    /// <summary>Failed for good, with the Spanish reason the person following it reads.</summary>
    public static async Task<bool> FailAsync(RindeDbContext db, JobTake take, string error, DateTime now, CancellationToken ct) =>
        await Held(db, take).ExecuteUpdateAsync(s => s.Release()
            .SetProperty(j => j.State, JobState.Failed).SetProperty(j => j.Error, error.Length > 1000 ? error[..1000] : error)
            .SetProperty(j => j.FinishedAt, now).SetProperty(j => j.FileId, (Guid?)null), ct) == 1;

    /// <summary>
    /// Back to the queue at once, for any node: this one is stopping. The take is not counted
    /// against the job, which did nothing wrong.
    /// </summary>
    public static Task ReleaseAsync(RindeDbContext db, JobTake take, CancellationToken ct) =>
        Held(db, take).ExecuteUpdateAsync(s => s.Release()
            .SetProperty(j => j.State, JobState.Queued).SetProperty(j => j.Attempts, j => j.Attempts - 1), ct);
}

/// <summary>One take of a job: the job and the lease owner this take writes under.</summary>
public readonly record struct JobTake(Guid Id, Guid Owner);
