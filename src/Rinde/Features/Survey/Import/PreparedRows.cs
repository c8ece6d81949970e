using System.Threading.Channels;
using Rinde.Features.Survey.Blocks;

namespace Rinde.Features.Survey.Import;

/// <summary>A chunk of rows read and understood, ready to be written; chunks are reused, so rows cost no allocation.</summary>
public sealed class PreparedChunk(int capacity, int width)
{
    public int Count { get; set; }
    public string?[] Errors { get; } = new string?[capacity];
    public DateTime[] Submitted { get; } = new DateTime[capacity];
    public SurveyRow[] Rows { get; } = new SurveyRow[capacity];

    /// <summary>The reading thread's share of each row's key (<see cref="RowConverter.Understand"/>).</summary>
    public UInt128[] Sums { get; } = new UInt128[capacity];
    public PackedCell[] Cells { get; } = new PackedCell[capacity * width];
    public int Capacity => capacity;

    public Span<PackedCell> CellsOf(int row) => Cells.AsSpan(row * width, width);
}

/// <summary>
/// The file read on another thread, a chunk ahead of the writing: on two cores the parser and
/// the packing run side by side. The reading thread also understands the first
/// <see cref="Shared"/> questions of each row, the importing thread the others, which balances
/// the two. Understanding stops at the first unreadable row (the import writes nothing then);
/// checking goes on, to report every such row.
/// </summary>
public sealed class PreparedRows : IAsyncDisposable
{
    private const int ChunkSize = 512;
    private const int Chunks = 8;

    private readonly Channel<PreparedChunk> ready = Channel.CreateBounded<PreparedChunk>(new BoundedChannelOptions(Chunks) { SingleReader = true, SingleWriter = true });
    private readonly Channel<PreparedChunk> free = Channel.CreateUnbounded<PreparedChunk>();

    private readonly CancellationTokenSource stop;
    private readonly Task reader;

    /// <summary>How many questions (the first ones) the reading thread understands.</summary>
    public int Shared { get; }

    public PreparedRows(ImportReading reading, RowConverter converter, CancellationToken ct)
    {
        Shared = converter.Width / 2;
        for (var i = 0; i < Chunks; i++) free.Writer.TryWrite(new PreparedChunk(ChunkSize, converter.Width));
        stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        reader = Task.Run(() => ReadAsync(reading, converter, stop.Token), CancellationToken.None);
    }

    /// <summary>Stops the reading thread (the import may end early, on an error) before the file is closed.</summary>
    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await reader;
        stop.Dispose();
    }

    public IAsyncEnumerable<PreparedChunk> ReadAllAsync(CancellationToken ct) => ready.Reader.ReadAllAsync(ct);

    /// <summary>Hands a processed chunk back for reuse.</summary>
    public void Return(PreparedChunk chunk) => free.Writer.TryWrite(chunk);

    private async Task ReadAsync(ImportReading reading, RowConverter converter, CancellationToken ct)
    {
        try
        {
            var chunk = await free.Reader.ReadAsync(ct);
            var failed = false;
            foreach (var row in reading.Records())
            {
                var i = chunk.Count++;
                chunk.Rows[i] = row;
                chunk.Errors[i] = converter.Check(row, out var submitted);
                failed |= chunk.Errors[i] is not null;
                if (!failed)
                {
                    chunk.Submitted[i] = submitted;
                    chunk.Sums[i] = converter.Understand(row, chunk.CellsOf(i), 0, Shared);
                }
                if (chunk.Count < chunk.Capacity) continue;
                await ready.Writer.WriteAsync(chunk, ct);
                chunk = await free.Reader.ReadAsync(ct);
                chunk.Count = 0;
            }
            if (chunk.Count > 0) await ready.Writer.WriteAsync(chunk, ct);
            ready.Writer.Complete();
        }
        catch (Exception e)
        {
            ready.Writer.Complete(e);
        }
    }
}
