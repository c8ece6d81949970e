using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Rinde.Data;

namespace Rinde.Infrastructure;

/// <summary>A durable row one node at a time works on: its lease says who and until when.</summary>
public interface ILeased
{
    /// <summary>The node (or sender) holding the row; null when free.</summary>
    Guid? LeaseOwner { get; set; }

    /// <summary>No other node takes the row before this instant, unless its holder lets it go.</summary>
    DateTime? LeaseUntil { get; set; }

    /// <summary>How many times the row was claimed: a row that keeps killing its holders stops being retried.</summary>
    int Attempts { get; set; }
}

/// <summary>
/// The one way to claim durable rows across nodes (the outbox's messages, background jobs).
/// On PostgreSQL several nodes claim at once: the caller's pick ends in FOR UPDATE SKIP LOCKED,
/// so each node takes different rows without waiting, and the lease set in the same
/// transaction keeps a claimed row away from the others until it is let go or its holder died.
/// SQLite has one writer, so the same pick and lease in one transaction are already exclusive.
/// Every later write of the holder goes through <see cref="HeldBy"/>: a holder that lost its
/// lease (it stalled, another node took the row over) changes nothing.
/// </summary>
public static class Leases
{
    /// <summary>Leases what the pick chose; returns the keys claimed (none when nothing was due).</summary>
    /// <param name="postgresPick">SELECT of the keys AS "Value", ending in FOR UPDATE SKIP LOCKED.</param>
    /// <param name="sqlitePick">The same pick for SQLite.</param>
    /// <param name="rows">The rows of the picked keys.</param>
    /// <param name="also">Further columns the claim sets (a job's state, its start).</param>
    public static async Task<List<TKey>> ClaimAsync<T, TKey>(RindeDbContext db, FormattableString postgresPick, IQueryable<TKey> sqlitePick,
        Func<List<TKey>, IQueryable<T>> rows, Guid owner, DateTime until, Action<UpdateSettersBuilder<T>>? also, CancellationToken ct)
        where T : class, ILeased
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var keys = db.Database.IsNpgsql()
            ? await db.Database.SqlQuery<TKey>(postgresPick).ToListAsync(ct)
            : await sqlitePick.ToListAsync(ct);
        if (keys.Count == 0)
        {
            return keys;
        }
        // ExecuteUpdate: bookkeeping of the holder, not a decision for the audit log.
        await rows(keys).ExecuteUpdateAsync(s =>
        {
            s.SetProperty(m => m.LeaseOwner, owner).SetProperty(m => m.LeaseUntil, until).SetProperty(m => m.Attempts, m => m.Attempts + 1);
            also?.Invoke(s);
        }, ct);
        await transaction.CommitAsync(ct);
        return keys;
    }

    /// <summary>The rows still held by <paramref name="owner"/>: the only ones its writes may touch.</summary>
    public static IQueryable<T> HeldBy<T>(this IQueryable<T> rows, Guid owner) where T : class, ILeased =>
        rows.Where(m => m.LeaseOwner == owner);

    /// <summary>Extends the lease of a row still held; false when it was lost (the holder must stop).</summary>
    public static async Task<bool> RenewAsync<T>(IQueryable<T> row, Guid owner, DateTime until, Action<UpdateSettersBuilder<T>>? also,
        CancellationToken ct) where T : class, ILeased =>
        await row.HeldBy(owner).ExecuteUpdateAsync(s =>
        {
            s.SetProperty(m => m.LeaseUntil, until);
            also?.Invoke(s);
        }, ct) == 1;

    /// <summary>Adds the holder's release to an update of its row: free for any node at once.</summary>
    public static UpdateSettersBuilder<T> Release<T>(this UpdateSettersBuilder<T> s) where T : class, ILeased =>
        s.SetProperty(m => m.LeaseOwner, (Guid?)null).SetProperty(m => m.LeaseUntil, (DateTime?)null);
}
