using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Rinde.Features.Questions.Desk;

/// <summary>A desk event as it travels to connected desks (and as the SSE data).</summary>
public sealed record DeskEventMessage(long Sequence, string Kind, int ExerciseId, DeskQuestionView Question);

/// <summary>
/// Fans committed desk events out to the desks connected to this node. Events from other
/// nodes arrive as a "poke" (PostgreSQL NOTIFY) and each stream reads them from the database.
/// </summary>
public sealed class DeskBroadcaster
{
    private readonly ConcurrentDictionary<int, ConcurrentDictionary<Guid, Channel<DeskEventMessage?>>> _subscribers = new();

    /// <summary>Identifies this node (this app instance), so it ignores its own notifications.</summary>
    public string NodeId { get; } = Guid.NewGuid().ToString("N");

    public Subscription Subscribe(int exerciseId)
    {
        // Bounded so one stuck desk cannot eat the memory; a full desk gets a poke and re-reads the database.
        var channel = Channel.CreateBounded<DeskEventMessage?>(new BoundedChannelOptions(1024)
        {
            FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true,
        });
        var id = Guid.NewGuid();
        _subscribers.GetOrAdd(exerciseId, _ => new())[id] = channel;
        Infrastructure.Telemetry.StreamConnections.Add(1);
        return new Subscription(channel.Reader, () =>
        {
            Infrastructure.Telemetry.StreamConnections.Add(-1);
            if (_subscribers.TryGetValue(exerciseId, out var desks))
            {
                desks.TryRemove(id, out _);
            }
        });
    }

    public void Publish(IEnumerable<DeskEventMessage> events)
    {
        foreach (var message in events)
        {
            if (!_subscribers.TryGetValue(message.ExerciseId, out var desks))
            {
                continue;
            }
            foreach (var desk in desks.Values)
            {
                if (!desk.Writer.TryWrite(message))
                {
                    desk.Writer.TryWrite(null);
                }
            }
            Infrastructure.Telemetry.EventsFannedOut.Add(desks.Count);
        }
    }

    /// <summary>Tells this node's desks of an exercise that new events are in the database.</summary>
    public void Poke(int exerciseId)
    {
        if (_subscribers.TryGetValue(exerciseId, out var desks))
        {
            foreach (var desk in desks.Values)
            {
                desk.Writer.TryWrite(null);
            }
        }
    }

    public sealed class Subscription(ChannelReader<DeskEventMessage?> reader, Action dispose) : IDisposable
    {
        /// <summary>Events, or null when the desk must re-read the database.</summary>
        public ChannelReader<DeskEventMessage?> Reader { get; } = reader;

        private int _disposed;

        // Once only: the connection gauge must not count a desk off twice.
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                dispose();
            }
        }
    }
}
