using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Survey.Responses;
using Rinde.Features.Survey.Responses.Blocks;

namespace Rinde.Features.Survey.Import;

/// <summary>
/// The import keys an exercise already holds, in memory for the import's duplicate check:
/// 16 bytes per stored response (about 36 MB with the set's bookkeeping for a million).
/// </summary>
public static class ImportKeys
{
    public static async Task<HashSet<UInt128>> OfExerciseAsync(RindeDbContext db, int exerciseId, CancellationToken ct)
    {
        var stored = await db.SurveyResponseBlocks.Where(b => b.ExerciseId == exerciseId).SumAsync(b => b.Count, ct);
        var keys = new HashSet<UInt128>(stored);
        var blocks = db.SurveyResponseBlocks.Where(b => b.ExerciseId == exerciseId)
            .Select(b => new SurveyResponseBlock { Count = b.Count, Keys = b.Keys }).AsAsyncEnumerable();
        await foreach (var block in blocks.WithCancellation(ct))
        {
            foreach (var key in BlockReader.Keys(block)) keys.Add(key);
        }
        // Responses that came in through an exercise document keep the key they were imported with.
        var typed = db.SurveyResponses.Where(r => r.ExerciseId == exerciseId && r.ImportKey != null).Select(r => r.ImportKey!).AsAsyncEnumerable();
        await foreach (var text in typed.WithCancellation(ct))
        {
            if (text.Length == 32 && UInt128.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var key)) keys.Add(key);
        }
        return keys;
    }
}
