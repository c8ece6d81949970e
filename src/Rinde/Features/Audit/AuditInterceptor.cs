using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Rinde.Features.Survey.Responses;

namespace Rinde.Features.Audit;

/// <summary>
/// Records every change made through EF Core in the audit log, in the same unit of work.
/// Left out: the log itself, counters and desk events (bookkeeping, not decisions), the
/// anonymous intake of citizens' questions (the question row is its own record), and secrets.
/// </summary>
public sealed class AuditInterceptor(IHttpContextAccessor http, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly HashSet<string> Ignored = ["AuditEntry", "SurveyResponseBlock", "QuestionEvent", "ExerciseCounters", "ActaNumberCounter", "RateCounter", "BackgroundJob", "OutboxMessage", "IdentityUserToken`1"];
    private static readonly HashSet<string> Secret = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp"];

    // Per context: an AsyncLocal set inside the async SavingChanges would not flow back out of it.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, List<(EntityEntry Entry, AuditEntry Audit)>> _pending = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Complete(eventData.Context) is { } context)
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Complete(eventData.Context)?.SaveChanges();
        return base.SavedChanges(eventData, result);
    }

    private void Capture(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        var user = http.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : null;
        var now = clock.GetUtcNow().UtcDateTime;
        var pending = new List<(EntityEntry, AuditEntry)>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            var entity = entry.Metadata.ClrType.Name;
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || Ignored.Contains(entity)
                || (user is null && entity == "CitizenQuestion" && entry.State == EntityState.Added))
            {
                continue;
            }
            // A soft deletion arrives as a change of DeletedAt alone: it is logged as what it means.
            var softDeleted = entry.State == EntityState.Modified && entry.Metadata.FindProperty(Data.SoftDelete.Column) is not null
                && entry.Property(Data.SoftDelete.Column) is { IsModified: true, OriginalValue: null };
            pending.Add((entry, new AuditEntry
            {
                At = now, User = user ?? "sistema", Entity = entity,
                Action = softDeleted ? "eliminado" : entry.State switch { EntityState.Added => "creado", EntityState.Deleted => "eliminado", _ => "modificado" },
                Before = entry.State == EntityState.Added ? null : Values(entry, original: true, all: softDeleted),
                After = entry.State == EntityState.Modified && !softDeleted ? Values(entry, original: false) : null,
            }));
        }
        _pending.AddOrUpdate(context, pending);
    }

    /// <summary>Adds the captured entries, now that new rows have their keys; null when none.</summary>
    private DbContext? Complete(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending) || pending.Count == 0)
        {
            return null;
        }
        _pending.Remove(context);
        foreach (var (entry, audit) in pending)
        {
            audit.EntityId = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));
            if (audit.Action == "creado")
            {
                audit.After = Values(entry, original: false);
            }
            context.Set<AuditEntry>().Add(audit);
        }
        return context;
    }

    /// <summary>A change shows only what changed; a creation or deletion shows every value.</summary>
    private static string Values(EntityEntry entry, bool original, bool all = false) => JsonSerializer.Serialize(entry.Properties
        .Where(p => !Secret.Contains(p.Metadata.Name) && p.Metadata.ClrType != typeof(byte[]) && (all || entry.State != EntityState.Modified || p.IsModified))
        .ToDictionary(p => p.Metadata.Name, p => original ? p.OriginalValue : p.CurrentValue), Readable);

    // Spanish stays readable in the log (it is HTML-encoded where it is shown).
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
