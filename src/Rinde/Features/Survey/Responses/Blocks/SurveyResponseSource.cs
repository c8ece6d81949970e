using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Features.Survey.Responses.Blocks;

/// <summary>
/// Every live response of an exercise, wherever it is stored: typed in or sent through the
/// form (rows, by id), then imported (blocks, by id, unpacked one block at a time). Streamed,
/// so reading a million responses holds one batch in memory.
/// </summary>
public static class SurveyResponseSource
{
    private const int Batch = 2_000;

    public static async Task<int> CountAsync(RindeDbContext db, int exerciseId, CancellationToken ct) =>
        await db.SurveyResponses.CountAsync(r => r.ExerciseId == exerciseId, ct)
        + await db.SurveyResponseBlocks.Where(b => b.ExerciseId == exerciseId).SumAsync(b => b.Count, ct);

    public static async IAsyncEnumerable<SurveyResponse> AllAsync(RindeDbContext db, int exerciseId,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var after = 0;
        while (true)
        {
            var batch = await db.SurveyResponses.Where(r => r.ExerciseId == exerciseId && r.Id > after).OrderBy(r => r.Id).Take(Batch)
                .Include(r => r.Answers.OrderBy(a => a.Id)).AsNoTracking().ToListAsync(ct);
            foreach (var response in batch) yield return response;
            if (batch.Count < Batch) break;
            after = batch[^1].Id;
        }
        await foreach (var response in ImportedAsync(db, db.SurveyResponseBlocks.Where(b => b.ExerciseId == exerciseId), ct)) yield return response;
    }

    /// <summary>The responses of these blocks, in block order, one block in memory at a time.</summary>
    public static async IAsyncEnumerable<SurveyResponse> ImportedAsync(RindeDbContext db, IQueryable<SurveyResponseBlock> blocks,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var id in await blocks.OrderBy(b => b.Id).Select(b => b.Id).ToListAsync(ct))
        {
            var block = await db.SurveyResponseBlocks.AsNoTracking().SingleAsync(b => b.Id == id, ct);
            foreach (var response in BlockReader.Responses(block)) yield return response;
        }
    }
}
