using System.Globalization;

namespace Rinde.Features.Survey.Import;

/// <summary>What the first rows of a column look like, to recognise the type of a new question.</summary>
public sealed class ColumnProfile(string separator)
{
    private const int MaxDistinct = 60;

    private readonly Dictionary<string, int> values = [];
    private readonly Dictionary<string, int> pieces = [];

    /// <summary>How often each part was a whole answer on its own ("Radio", or "Radio;" from Microsoft Forms).</summary>
    private readonly Dictionary<string, int> alone = [];

    public int NonBlank { get; private set; }
    public int MaxLength { get; private set; }
    public long TotalLength { get; private set; }
    public bool SeparatorSeen { get; private set; }
    public decimal? Min { get; private set; }
    public decimal? Max { get; private set; }
    public bool AllIntegers { get; private set; } = true;

    /// <summary>Distinct values, in order of first appearance.</summary>
    public List<string> Values { get; } = [];

    /// <summary>Distinct parts of the answers split by the separator, in order of first appearance.</summary>
    public List<string> Pieces { get; } = [];

    public void Add(string cell)
    {
        var value = ImportText.Clean(cell);
        if (value.Length == 0) return;
        NonBlank++;
        MaxLength = Math.Max(MaxLength, value.Length);
        TotalLength += value.Length;
        Count(values, Values, value);
        if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && number == decimal.Truncate(number))
        {
            Min = Min is { } min ? Math.Min(min, number) : number;
            Max = Max is { } max ? Math.Max(max, number) : number;
        }
        else
        {
            AllIntegers = false;
        }
        var contains = cell.Contains(separator, StringComparison.Ordinal);
        SeparatorSeen |= contains;
        var parts = contains ? MultipleChoice.Split(cell, separator) : [value];
        foreach (var piece in parts)
        {
            Count(pieces, Pieces, piece);
        }
        if (parts.Count == 1)
        {
            var key = ImportText.Key(parts[0]);
            alone[key] = alone.GetValueOrDefault(key) + 1;
        }
    }

    /// <summary>
    /// A checkbox question: a part of a split answer is also some row's whole answer. A single
    /// choice whose labels hold the separator ("Sí, mucho" in the Sheet's CSV) never has its
    /// parts alone.
    /// </summary>
    public bool PiecesRecur => SeparatorSeen && Pieces.Count <= MaxDistinct
        && pieces.Any(p => alone.TryGetValue(p.Key, out var single) && single < p.Value);

    public int TimesOf(string piece) => pieces.GetValueOrDefault(ImportText.Key(piece));

    public bool FewValues => Values.Count <= 40 && MaxLength <= 100 && Values.Count <= Math.Max(3, NonBlank * 2 / 3);

    public bool SmallScale => NonBlank > 0 && AllIntegers && Min >= 0 && Max <= 10;

    private static void Count(Dictionary<string, int> counts, List<string> order, string value)
    {
        var key = ImportText.Key(value);
        if (counts.TryGetValue(key, out var n))
        {
            counts[key] = n + 1;
        }
        else if (counts.Count < MaxDistinct * 4)
        {
            counts[key] = 1;
            order.Add(value);
        }
    }
}

public static class MultipleChoice
{
    /// <summary>"A;B;" (Google download, Microsoft Forms) or "A, B" (Google Sheet): the chosen parts, cleaned.</summary>
    public static List<string> Split(string cell, string separator)
    {
        var result = new List<string>();
        foreach (var part in cell.Split(separator, StringSplitOptions.RemoveEmptyEntries))
        {
            var clean = ImportText.Clean(part);
            if (clean.Length > 0) result.Add(clean);
        }
        return result;
    }
}
