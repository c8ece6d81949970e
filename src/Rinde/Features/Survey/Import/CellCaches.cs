using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Text;

namespace Rinde.Features.Survey.Import;

/// <summary>
/// Cells already understood, for one question and one thread, found by their text: rows repeat
/// the same few answers, so each distinct cell is understood once (up to a bound).
/// </summary>
internal sealed class StringCells(CellMeaning meaning)
{
    private const int Bound = 50_000;
    private const int Recent = 64;

    private readonly Dictionary<string, Cached> cache = new(StringComparer.Ordinal);

    // The parser hands out one string per distinct value: the same instance is recognised by
    // reference first, in a table of 64 small enough to stay in the processor's cache.
    private readonly (string? Cell, Cached Known)[] recent = new (string?, Cached)[Recent];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Cached Understand(string cell)
    {
        // Placed by the string's address, which needs no read of the string itself. If the
        // collector moves the string, the place is only missed once: the reference is compared.
        var address = (ulong)Unsafe.As<string, nint>(ref cell);
        ref var seen = ref recent[(int)((address >> 4) * 0x9E3779B97F4A7C15UL >> 58)];
        if (ReferenceEquals(seen.Cell, cell)) return seen.Known;
        if (!cache.TryGetValue(cell, out var known))
        {
            known = meaning.Read(cell);
            if (cache.Count < Bound) cache[cell] = known;
        }
        seen = (cell, known);
        return known;
    }
}

/// <summary>The same for the UTF-8 bytes the parser hands out without making strings (the parallel reading of CSV files).</summary>
internal sealed class SpanCells(CellMeaning meaning)
{
    private const int Bound = 50_000;

    private const int Recent = 256;

    private sealed record Entry(byte[] Bytes, Cached Known, Entry? Next);

    private readonly Dictionary<ulong, Entry> cache = [];
    private readonly Entry?[] recent = new Entry?[Recent];
    private int count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Cached Understand(ReadOnlySpan<byte> cell)
    {
        if (cell.IsEmpty) return Cached.Blank;
        var hash = XxHash3.HashToUInt64(cell);
        // Most cells are among a few values: a small table by hash comes before the dictionary.
        ref var last = ref recent[(int)(hash >> 56)];
        if (last is not null && cell.SequenceEqual(last.Bytes)) return last.Known;
        cache.TryGetValue(hash, out var first);
        for (var entry = first; entry is not null; entry = entry.Next)
        {
            if (!cell.SequenceEqual(entry.Bytes)) continue;
            last = entry;
            return entry.Known;
        }
        var known = meaning.Read(Encoding.UTF8.GetString(cell));
        if (count++ < Bound) cache[hash] = last = new Entry(cell.ToArray(), known, first);
        return known;
    }
}
