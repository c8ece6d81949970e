using System.Runtime.CompilerServices;
using Rinde.Data;
using Rinde.Infrastructure;

namespace Rinde.Features.Survey.Import;

/// <summary>
/// While an import runs on PostgreSQL, renews its job's lease and publishes the rows read, on a
/// connection of its own (the import's is busy in its transaction), so every node shows the
/// progress and none takes the job over. A renewal that finds the lease lost cancels the import.
/// On SQLite (one node) it does nothing: the import holds the write lock from its start, so no
/// other claim could land before it commits, and this node's count is shown from memory.
/// </summary>
internal sealed class ImportHeartbeat : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _beating;

    public ImportHeartbeat(IServiceScopeFactory scopes, JobOptions options, TimeProvider clock, ILogger logger,
        JobTake take, StrongBox<int> read, CancellationTokenSource lost, bool enabled)
    {
        _beating = enabled ? Task.Run(() => BeatAsync(scopes, options, clock, logger, take, read, lost)) : Task.CompletedTask;
    }

    private async Task BeatAsync(IServiceScopeFactory scopes, JobOptions options, TimeProvider clock, ILogger logger,
        JobTake take, StrongBox<int> read, CancellationTokenSource lost)
    {
        using var timer = new PeriodicTimer(options.Heartbeat, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<RindeDbContext>();
                    var progress = Volatile.Read(ref read.Value);
                    if (!await Leases.RenewAsync(BackgroundJobs.Held(db, take), take.Owner, clock.GetUtcNow().UtcDateTime + options.Lease,
                        s => s.SetProperty(j => j.Progress, progress), _stop.Token))
                    {
                        await lost.CancelAsync();
                        return;
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The database may be back before the lease ends; if not, another node takes the job over.
                    logger.LogWarning("No se pudo renovar la importación {Job}: {Error}", take.Id, e.Message);
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
    }

    /// <summary>Stops renewing (before the job's end is written, or when it ended); safe to call twice.</summary>
    public async Task StopAsync()
    {
        if (!_stop.IsCancellationRequested) await _stop.CancelAsync();
        await _beating;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }
}
