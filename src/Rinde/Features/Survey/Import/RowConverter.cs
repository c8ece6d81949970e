using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Text;
using Rinde.Features.Survey.Blocks;

namespace Rinde.Features.Survey.Import;

/// <summary>
/// Turns a record of the file into a packed response, or into the Spanish reason it cannot be
/// read. Answers to closed questions become their options; anything else is kept as typed text.
/// A cell is understood once: rows repeat the same few answers, so the packed answer and its
/// share of the import key are kept per distinct cell (up to a bound per question).
/// </summary>
public sealed class RowConverter
{
    private const int CachedCellsPerQuestion = 50_000;
    private const int Recent = 64;

    private readonly ImportPlan plan;
    private readonly string separator;
    private readonly int headerCount;
    private readonly bool checkWidth;
    private readonly Slot[] slots;

    public RowConverter(ImportPlan plan, string separator, int headerCount, bool checkWidth)
    {
        this.plan = plan;
        this.separator = separator;
        this.headerCount = headerCount;
        this.checkWidth = checkWidth;
        slots = [.. plan.Questions.Select(q => new Slot(q))];
    }

    /// <summary>How many questions a row has: the width of <see cref="Understand"/>'s cells.</summary>
    public int Width => slots.Length;

    /// <summary>A writer of blocks for this file's questions.</summary>
    public BlockWriter NewWriter() => new([.. slots.Select(s => s.Question.Closed)]);

    /// <summary>Null when the row can be read, with the moment it was sent; the Spanish reason otherwise.</summary>
    public string? Check(SurveyRow row, out DateTime submitted)
    {
        submitted = default;
        if (row.Error is not null) return row.Error;
        if (checkWidth && row.Cells.Length != headerCount) return $"Tiene {row.Cells.Length} columnas y el encabezado tiene {headerCount}.";
        var stamp = Cell(row, plan.TimestampIndex);
        if (stamp.Length == 0) return "Falta la marca temporal.";
        if (ImportTimestamp.Parse(stamp) is not { } at)
        {
            return $"La marca temporal «{ImportText.Clean(stamp)}» no es una fecha y hora reconocible.";
        }
        submitted = at;
        return null;
    }

    /// <summary>
    /// The answers of a readable row to the questions <paramref name="from"/> to <paramref name="to"/>
    /// (excluded), one packed cell each, and their share of the row's key: two threads may each
    /// take a part of the questions (each question's cache is then touched by one thread only).
    /// </summary>
    public UInt128 Understand(SurveyRow row, Span<PackedCell> cells, int from, int to)
    {
        UInt128 answers = 0;
        for (var i = from; i < to; i++)
        {
            var cell = slots[i].Understand(Cell(row, slots[i].Question.Column.Index), separator);
            cells[i] = cell.Packed;
            answers += cell.Hash;
        }
        return answers;
    }

    /// <summary>
    /// The import key: the instant and the sum of the hashes of (question title, answer) pairs, so
    /// the same answers to the same questions give the same key whatever the order of the
    /// columns and the shape of the file.
    /// </summary>
    public static UInt128 Key(DateTime submitted, UInt128 answers)
    {
        Span<byte> material = stackalloc byte[24];
        BinaryPrimitives.WriteInt64LittleEndian(material, submitted.Ticks);
        BinaryPrimitives.WriteUInt128LittleEndian(material[8..], answers);
        return XxHash128.HashToUInt128(material);
    }

    private static string Cell(SurveyRow row, int index) => index < row.Cells.Length ? row.Cells[index] : "";

    private readonly record struct Cached(PackedCell Packed, UInt128 Hash);

    private readonly record struct Recently(string? Cell, Cached Known);

    private sealed class Slot(PlannedQuestion question)
    {
        private readonly Dictionary<string, int> optionByKey = question.Question.Options.Select((o, i) => (Key: ImportText.Key(o.Label), i))
            .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First().i);
        private readonly Dictionary<string, Cached> cache = new(StringComparer.Ordinal);

        // The parser hands out one string per distinct value: the same instance is recognised by
        // reference first, in a table small enough to stay in the processor's cache.
        private readonly Recently[] recent = new Recently[Recent];
        private readonly byte[] title = Encoding.UTF8.GetBytes(question.Key + "\u001e");

        public PlannedQuestion Question => question;

        public Cached Understand(string cell, string separator)
        {
            ref var seen = ref recent[RuntimeHelpers.GetHashCode(cell) & (Recent - 1)];
            if (ReferenceEquals(seen.Cell, cell)) return seen.Known;
            if (!cache.TryGetValue(cell, out var known))
            {
                known = string.IsNullOrWhiteSpace(cell) ? new Cached(PackedCell.Blank, 0) : Read(cell, separator);
                if (cache.Count < CachedCellsPerQuestion) cache[cell] = known;
            }
            seen = new Recently(cell, known);
            return known;
        }

        private Cached Read(string cell, string separator)
        {
            var options = new List<int>();
            var texts = new List<string>();
            var keys = new List<string>();
            if (!question.Closed)
            {
                var text = cell.Trim();
                texts.Add(text);
                keys.Add(ImportText.Key(text));
            }
            else if (!question.Multiple)
            {
                Choose(ImportText.Clean(cell), options, texts, keys);
            }
            else
            {
                var pieces = MultipleChoice.Split(cell, separator);
                for (var i = 0; i < pieces.Count; i++)
                {
                    // An option's label may itself hold the separator ("Sí, totalmente"): the longest run of parts that is an option wins.
                    var taken = 1;
                    for (var j = pieces.Count; j > i + 1; j--)
                    {
                        if (optionByKey.ContainsKey(ImportText.Key(string.Join(separator, pieces.Skip(i).Take(j - i)))))
                        {
                            taken = j - i;
                            break;
                        }
                    }
                    Choose(taken == 1 ? pieces[i] : string.Join(separator, pieces.Skip(i).Take(taken)), options, texts, keys);
                    i += taken - 1;
                }
            }
            keys.Sort(StringComparer.Ordinal);
            var material = Encoding.UTF8.GetBytes(string.Join('\u001f', keys));
            return new Cached(PackedCell.Create(options, texts), XxHash128.HashToUInt128([.. title, .. material]));
        }

        private void Choose(string value, List<int> options, List<string> texts, List<string> keys)
        {
            // An option matches by this same key, so the key is the option's too.
            var key = ImportText.Key(value);
            if (keys.Contains(key)) return;
            keys.Add(key);
            if (optionByKey.TryGetValue(key, out var option)) options.Add(option);
            else texts.Add(value);
        }
    }
}
