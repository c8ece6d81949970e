using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Survey.Responses;
using Rinde.Features.Survey.Responses.Blocks;

namespace Rinde.Features.Survey.Import;

/// <summary>
/// Saves an import's blocks on its own thread, one at a time, while the next ones are packed.
/// Only this thread uses the context until <see cref="CompleteAsync"/> returns.
/// </summary>
public sealed class BlockSaver : IDisposable
{
    private readonly BlockingCollection<SurveyResponseBlock> queue = new(boundedCapacity: 2);
    private readonly CancellationTokenSource failed;
    private readonly Task saving;

    public BlockSaver(RindeDbContext db, CancellationToken ct)
    {
        failed = CancellationTokenSource.CreateLinkedTokenSource(ct);
        saving = Task.Run(() =>
        {
            try
            {
                foreach (var block in queue.GetConsumingEnumerable(failed.Token))
                {
                    db.SurveyResponseBlocks.Add(block);
                    db.SaveChanges();
                    db.Entry(block).State = EntityState.Detached;
                    Infrastructure.Telemetry.ImportedRows.Add(block.Count);
                }
            }
            catch
            {
                // The packing thread must not wait for room that will never come.
                failed.Cancel();
                throw;
            }
        }, CancellationToken.None);
    }

    /// <summary>Queues a block; waits while two are already waiting.</summary>
    public void Save(SurveyResponseBlock block) => queue.Add(block, failed.Token);

    /// <summary>Waits until every queued block is saved (and throws what saving threw).</summary>
    public async Task CompleteAsync()
    {
        queue.CompleteAdding();
        await saving;
    }

    public void Dispose()
    {
        failed.Dispose();
        queue.Dispose();
    }
}
