using System.Runtime.CompilerServices;
using System.Buffers;
using System.Buffers.Binary;

namespace Rinde.Features.Survey.Responses.Blocks;

/// <summary>
/// Packs imported responses into blocks: each slot of a response gets its cell's place in the
/// block's table of that question's cells. The counts are made once per distinct cell, at the end.
/// </summary>
public sealed class BlockWriter
{
    public const int Capacity = 4096;

    private static int blocks;

    private readonly bool[] closed;
    // Written by hand, a byte or two per answer: this is the import's innermost loop.
    private byte[] data = new byte[1 << 17];
    private int length;
    private readonly byte[] keys = new byte[Capacity * 16];
    private readonly List<PackedCell>[] tables;
    private int block = Interlocked.Increment(ref blocks);
    private DateTime first, last;

    /// <param name="closed">Whether each slot's question has options (typed values are counted) or is open.</param>
    public BlockWriter(bool[] closed)
    {
        this.closed = closed;
        tables = [.. closed.Select(_ => new List<PackedCell> { PackedCell.Blank })];
    }

    public int Count { get; private set; }

    public bool IsFull => Count == Capacity;

    /// <summary>One response: when it was sent, its import key and one cell per slot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Write(DateTime submittedAt, UInt128 key, ReadOnlySpan<PackedCell> cells)
    {
        Start(submittedAt, key);
        for (var slot = 0; slot < cells.Length; slot++) Add(slot, cells[slot]);
    }

    private void Start(DateTime submittedAt, UInt128 key)
    {
        if (Count == 0 || submittedAt < first) first = submittedAt;
        if (Count == 0 || submittedAt > last) last = submittedAt;
        if (length + 8 + 5 * tables.Length > data.Length) Array.Resize(ref data, data.Length * 2);
        BinaryPrimitives.WriteInt64LittleEndian(data.AsSpan(length), submittedAt.Ticks);
        length += 8;
        BinaryPrimitives.WriteUInt128BigEndian(keys.AsSpan(Count * 16, 16), key);
        Count++;
    }

    private void Add(int slot, PackedCell cell)
    {
        if (ReferenceEquals(cell, PackedCell.Blank))
        {
            data[length++] = 0;
            return;
        }
        if (cell.Block != block)
        {
            cell.Block = block;
            cell.Place = tables[slot].Count;
            cell.Uses = 0;
            tables[slot].Add(cell);
        }
        cell.Uses++;
        var place = (uint)cell.Place;
        while (place >= 0x80)
        {
            data[length++] = (byte)(place | 0x80);
            place >>= 7;
        }
        data[length++] = (byte)place;
    }

    /// <summary>The block of what was written since the last one (ids from the layout); the writer starts afresh.</summary>
    public SurveyResponseBlock Complete(BlockLayout layout)
    {
        var cells = new ArrayBufferWriter<byte>(1 << 12);
        var summary = new BlockSummary();
        for (var slot = 0; slot < tables.Length; slot++)
        {
            var table = tables[slot];
            Varint.Write(cells, table.Count);
            foreach (var cell in table) cells.Write(cell.Bytes);
            if (table.Count > 1) summary.Questions[layout.Slots[slot].QuestionId] = Summarise(table, layout.Slots[slot].OptionIds, closed[slot]);
            table.RemoveRange(1, table.Count - 1);
        }
        var result = new SurveyResponseBlock
        {
            Count = Count, FirstSubmittedAt = first, LastSubmittedAt = last,
            Layout = layout.ToJson(), QuestionIds = layout.QuestionIds(), OptionIds = layout.OptionIds(),
            Summary = summary.ToJson(), Keys = keys.AsSpan(0, Count * 16).ToArray(),
            Cells = cells.WrittenSpan.ToArray(), Data = data.AsSpan(0, length).ToArray(),
        };
        Count = 0;
        length = 0;
        block = Interlocked.Increment(ref blocks);
        return result;
    }

    private static BlockQuestionSummary Summarise(List<PackedCell> table, int[] optionIds, bool closed)
    {
        var summary = new BlockQuestionSummary();
        foreach (var cell in table.Skip(1))
        {
            summary.Respondents += cell.Uses;
            foreach (var option in cell.Options)
            {
                summary.Options[optionIds[option]] = summary.Options.GetValueOrDefault(optionIds[option]) + cell.Uses;
            }
            if (!closed) continue;
            foreach (var text in cell.Texts)
            {
                var value = text.Trim();
                summary.Typed[value] = summary.Typed.GetValueOrDefault(value) + cell.Uses;
            }
        }
        return summary;
    }
}
