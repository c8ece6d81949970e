using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace Rinde.Features.Messages;

/// <summary>Wakes the sender as soon as a change queued messages, instead of at the next poll.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly ConditionalWeakTable<DbContext, object> _atCommit = new();

    public void WakeAtCommit(DbContext context) => _atCommit.AddOrUpdate(context, true);

    public void Committed(DbContext? context)
    {
        if (context is not null && _atCommit.Remove(context))
        {
            Wake();
        }
    }

    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            try { _wake.Release(); } catch (SemaphoreFullException) { }
        }
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct) => await _wake.WaitAsync(timeout, ct);

    public void Dispose() => _wake.Dispose();
}
