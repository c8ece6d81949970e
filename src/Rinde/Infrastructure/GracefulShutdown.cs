using System.Runtime.CompilerServices;

namespace Rinde.Infrastructure;

/// <summary>
/// A draining node finishes the requests it acknowledged and then exits within seconds. Live
/// streams never finish by themselves, so they end when the node starts stopping: the browser's
/// EventSource reconnects (through the load balancer, to another node) with its Last-Event-ID.
/// </summary>
public static class GracefulShutdown
{
    /// <summary>How long the host waits for the rest (a group commit, a message being sent).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(4);

    public static IServiceCollection AddRindeGracefulShutdown(this IServiceCollection services) =>
        services.Configure<HostOptions>(o => o.ShutdownTimeout = Timeout);

    /// <summary>The stream's items until the request ends or the node stops, then a clean end of stream.</summary>
    public static async IAsyncEnumerable<T> UntilShutdown<T>(
        this IAsyncEnumerable<T> source, IHostApplicationLifetime lifetime, [EnumeratorCancellation] CancellationToken ct = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStopping, ct);
        await using var items = source.GetAsyncEnumerator(linked.Token);
        while (true)
        {
            bool more;
            try
            {
                more = await items.MoveNextAsync();
            }
            catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
            {
                more = false;
            }
            if (!more)
            {
                yield break;
            }
            yield return items.Current;
        }
    }
}
