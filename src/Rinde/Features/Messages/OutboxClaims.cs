using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Features.Messages;

/// <summary>
/// Leases due messages to one sender. On PostgreSQL several nodes claim at once: FOR UPDATE
/// SKIP LOCKED lets each take different rows without waiting; the lease (LeaseUntil) keeps a
/// claimed row away from the others until it is marked or its sender died. SQLite has one
/// writer, so the same claim in one transaction is already exclusive.
/// </summary>
public static class OutboxClaims
{
    public static async Task<List<OutboxMessage>> ClaimAsync(RindeDbContext db, Guid owner, int size, TimeSpan lease, DateTime now,
        CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        List<long> ids;
        if (db.Database.IsNpgsql())
        {
            ids = await db.Database.SqlQuery<long>($"""
                SELECT "Id" AS "Value" FROM "OutboxMessages"
                WHERE "State" = 'Pendiente' AND "NextAttemptAt" <= {now} AND ("LeaseUntil" IS NULL OR "LeaseUntil" < {now})
                ORDER BY "NextAttemptAt", "Id" LIMIT {size} FOR UPDATE SKIP LOCKED
                """).ToListAsync(ct);
        }
        else
        {
            ids = await db.Set<OutboxMessage>()
                .Where(m => m.State == OutboxState.Pendiente && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now))
                .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id).Select(m => m.Id).Take(size).ToListAsync(ct);
        }
        if (ids.Count == 0)
        {
            return [];
        }
        var until = now + lease;
        // ExecuteUpdate: bookkeeping of the sender, not a decision for the audit log.
        await db.Set<OutboxMessage>().Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.LeaseOwner, owner).SetProperty(m => m.LeaseUntil, until)
            .SetProperty(m => m.Attempts, m => m.Attempts + 1), ct);
        await transaction.CommitAsync(ct);
        return await db.Set<OutboxMessage>().AsNoTracking().Where(m => ids.Contains(m.Id)).OrderBy(m => m.Id).ToListAsync(ct);
    }

    /// <summary>Accepted by the server: sent, unless the lease was lost to another sender meanwhile.</summary>
    public static Task MarkSentAsync(RindeDbContext db, long id, Guid owner, DateTime now, CancellationToken ct) =>
        Mine(db, id, owner).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.State, OutboxState.Enviado).SetProperty(m => m.SentAt, now).SetProperty(m => m.LastError, (string?)null)
            .SetProperty(m => m.LeaseOwner, (Guid?)null).SetProperty(m => m.LeaseUntil, (DateTime?)null), ct);

    /// <summary>Refused or unreachable: retried at <paramref name="retryAt"/>, or failed for good when null.</summary>
    public static Task MarkFailedAsync(RindeDbContext db, long id, Guid owner, string error, DateTime? retryAt, OutboxState stateIfFinal,
        CancellationToken ct)
    {
        var message = error.Length > 1000 ? error[..1000] : error;
        return Mine(db, id, owner).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.State, retryAt is null ? stateIfFinal : OutboxState.Pendiente)
            .SetProperty(m => m.NextAttemptAt, m => retryAt ?? m.NextAttemptAt).SetProperty(m => m.LastError, message)
            .SetProperty(m => m.LeaseOwner, (Guid?)null).SetProperty(m => m.LeaseUntil, (DateTime?)null), ct);
    }

    private static IQueryable<OutboxMessage> Mine(RindeDbContext db, long id, Guid owner) =>
        db.Set<OutboxMessage>().Where(m => m.Id == id && m.LeaseOwner == owner);
}
