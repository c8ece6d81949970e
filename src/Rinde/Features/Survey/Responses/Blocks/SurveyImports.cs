using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Features.Survey.Responses.Blocks;

/// <summary>One import of a file: its blocks taken together.</summary>
public sealed record SurveyImport(Guid ImportId, string Origin, DateTime ImportedAt, string ImportedBy, int Count,
    DateTime FirstSubmittedAt, DateTime LastSubmittedAt)
{
    public string OriginLabel => ResponseOrigin.Label(Origin);
}

/// <summary>
/// The imports of an exercise, and their removal. Blocks are left out of the audit log (they
/// are megabytes), so removing an import writes one entry that says what went, like the one
/// the import wrote when it came in.
/// </summary>
public static class SurveyImports
{
    public const string AuditEntity = "SurveyImport";

    /// <summary>Every live import (or the one named), oldest first: a few rows per exercise, however many responses they hold.</summary>
    public static async Task<List<SurveyImport>> OfExerciseAsync(RindeDbContext db, int exerciseId, Guid? importId, CancellationToken ct)
    {
        var imports = await db.SurveyResponseBlocks.Where(b => b.ExerciseId == exerciseId && (importId == null || b.ImportId == importId))
            .GroupBy(b => new { b.ImportId, b.Origin, b.ImportedAt, b.ImportedBy })
            .Select(g => new SurveyImport(g.Key.ImportId, g.Key.Origin, g.Key.ImportedAt, g.Key.ImportedBy, g.Sum(b => b.Count),
                g.Min(b => b.FirstSubmittedAt), g.Max(b => b.LastSubmittedAt)))
            .ToListAsync(ct);
        return [.. imports.OrderBy(i => i.ImportedAt).ThenBy(i => i.ImportId)];
    }

    /// <summary>
    /// Soft-deletes the blocks of one import (or of all when <paramref name="importId"/> is null)
    /// and adds an audit entry per import to the context: the caller saves it, in its transaction.
    /// </summary>
    /// <returns>The imports removed.</returns>
    public static async Task<List<SurveyImport>> RemoveAsync(RindeDbContext db, int exerciseId, Guid? importId,
        string user, DateTime now, CancellationToken ct)
    {
        var removed = new List<SurveyImport>();
        foreach (var import in await OfExerciseAsync(db, exerciseId, importId, ct))
        {
            var marked = await db.SurveyResponseBlocks.Where(b => b.ExerciseId == exerciseId && b.ImportId == import.ImportId)
                .ExecuteUpdateAsync(s => s.SetProperty(b => EF.Property<DateTime?>(b, SoftDelete.Column), now), ct);
            // Another request may have removed it meanwhile: only what this one removed is logged.
            if (marked == 0) continue;
            removed.Add(import);
            db.AuditEntries.Add(new Audit.AuditEntry
            {
                At = now, User = user, Entity = AuditEntity, Action = "eliminado",
                EntityId = exerciseId.ToString(CultureInfo.InvariantCulture),
                Before = JsonSerializer.Serialize(new
                {
                    importId = import.ImportId, origin = import.Origin, count = import.Count,
                    importedAt = import.ImportedAt, importedBy = import.ImportedBy,
                }),
            });
        }
        return removed;
    }
}
