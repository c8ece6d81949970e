using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Infrastructure;

namespace Rinde.Features.Messages;

/// <summary>
/// Leases due messages to one sender, the way every durable row is claimed across nodes
/// (<see cref="Leases"/>: FOR UPDATE SKIP LOCKED on PostgreSQL, one transaction on SQLite);
/// the lease keeps a claimed row away from the others until it is marked or its sender died.
/// </summary>
public static class OutboxClaims
{
    public static async Task<List<OutboxMessage>> ClaimAsync(RindeDbContext db, Guid owner, int size, TimeSpan lease, DateTime now,
        CancellationToken ct)
    {
        var messages = db.Set<OutboxMessage>();
        var ids = await Leases.ClaimAsync(db,
            $"""
            SELECT "Id" AS "Value" FROM "OutboxMessages"
            WHERE "State" = 'Pendiente' AND "NextAttemptAt" <= {now} AND ("LeaseUntil" IS NULL OR "LeaseUntil" < {now})
            ORDER BY "NextAttemptAt", "Id" LIMIT {size} FOR UPDATE SKIP LOCKED
            """,
            messages.Where(m => m.State == OutboxState.Pendiente && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now))
                .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id).Select(m => m.Id).Take(size),
            keys => messages.Where(m => keys.Contains(m.Id)), owner, now + lease, null, ct);
        return ids.Count == 0 ? [] : await messages.AsNoTracking().Where(m => ids.Contains(m.Id)).OrderBy(m => m.Id).ToListAsync(ct);
    }

    /// <summary>Accepted by the server: sent, unless the lease was lost to another sender meanwhile.</summary>
    public static Task MarkSentAsync(RindeDbContext db, long id, Guid owner, DateTime now, CancellationToken ct) =>
        Mine(db, id, owner).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.State, OutboxState.Enviado).SetProperty(m => m.SentAt, now).SetProperty(m => m.LastError, (string?)null)
            .Release(), ct);

    /// <summary>Refused or unreachable: retried at <paramref name="retryAt"/>, or failed for good when null.</summary>
    public static Task MarkFailedAsync(RindeDbContext db, long id, Guid owner, string error, DateTime? retryAt, OutboxState stateIfFinal,
        CancellationToken ct)
    {
        var message = error.Length > 1000 ? error[..1000] : error;
        return Mine(db, id, owner).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.State, retryAt is null ? stateIfFinal : OutboxState.Pendiente)
            .SetProperty(m => m.NextAttemptAt, m => retryAt ?? m.NextAttemptAt).SetProperty(m => m.LastError, message)
            .Release(), ct);
    }

    private static IQueryable<OutboxMessage> Mine(RindeDbContext db, long id, Guid owner) =>
        db.Set<OutboxMessage>().Where(m => m.Id == id).HeldBy(owner);
}
