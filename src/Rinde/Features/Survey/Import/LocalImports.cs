using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Rinde.Features.Survey.Import;

/// <summary>
/// What this node knows of the imports it runs right now, beyond their rows: the rows read so
/// far, which SQLite cannot publish in the row while the import holds its write lock (on
/// PostgreSQL the heartbeat does), and a wake-up for this node's worker when a job is queued here.
/// </summary>
public sealed class LocalImports : IDisposable
{
    private readonly ConcurrentDictionary<Guid, StrongBox<int>> _read = new();
    private readonly SemaphoreSlim _queued = new(0, 1);

    public StrongBox<int> Track(Guid job) => _read.GetOrAdd(job, _ => new StrongBox<int>());

    public void Untrack(Guid job) => _read.TryRemove(job, out _);

    public int ReadOf(Guid job) => _read.TryGetValue(job, out var read) ? Volatile.Read(ref read.Value) : 0;

    public void Queued()
    {
        if (_queued.CurrentCount == 0)
        {
            try { _queued.Release(); } catch (SemaphoreFullException) { }
        }
    }

    public async Task WaitForQueuedAsync(TimeSpan timeout, CancellationToken ct) => await _queued.WaitAsync(timeout, ct);

    public void Dispose() => _queued.Dispose();
}
