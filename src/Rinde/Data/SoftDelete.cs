using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Rinde.Data;

/// <summary>
/// Nothing of an exercise is hard-deleted: removing a row marks it with a DeletedAt shadow
/// column, and a query filter hides marked rows everywhere. What was deleted stays in the
/// database (and its values in the audit log).
/// </summary>
public static class SoftDelete
{
    public const string Column = "DeletedAt";

    /// <summary>The entities marked <see cref="ISoftDeletable"/> (chosen by their type, not by where they live).</summary>
    public static bool Applies(IMutableEntityType type) =>
        typeof(ISoftDeletable).IsAssignableFrom(type.ClrType) && !type.IsOwned() && type.FindPrimaryKey() is not null;

    public static void Configure(ModelBuilder builder)
    {
        foreach (var type in builder.Model.GetEntityTypes().Where(Applies).ToList())
        {
            builder.Entity(type.ClrType).Property<DateTime?>(Column);
            var row = Expression.Parameter(type.ClrType, "row");
            var deletedAt = Expression.Call(typeof(EF), nameof(EF.Property), [typeof(DateTime?)], row, Expression.Constant(Column));
            builder.Entity(type.ClrType).HasQueryFilter(Expression.Lambda(Expression.Equal(deletedAt, Expression.Constant(null, typeof(DateTime?))), row));
            // Unique keys count only live rows, so a deleted row never blocks its replacement.
            foreach (var index in type.GetIndexes().Where(i => i.IsUnique))
            {
                index.SetFilter($"\"{Column}\" IS NULL");
            }
        }
    }

    /// <summary>Turns deletions of soft-deleted types into marks.</summary>
    public sealed class Interceptor(TimeProvider clock) : SaveChangesInterceptor
    {
        public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
        {
            Mark(eventData.Context);
            return base.SavingChanges(eventData, result);
        }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Mark(eventData.Context);
            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }

        private void Mark(DbContext? context)
        {
            if (context is null)
            {
                return;
            }
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (EntityEntry entry in context.ChangeTracker.Entries().Where(e => e.State == EntityState.Deleted).ToList())
            {
                if (entry.Metadata.FindProperty(Column) is null)
                {
                    continue;
                }
                entry.State = EntityState.Modified;
                foreach (var property in entry.Properties)
                {
                    property.IsModified = false;
                }
                entry.Property(Column).CurrentValue = now;
                entry.Property(Column).IsModified = true;
            }
        }
    }
}
