using System.IO.Hashing;
using System.Text;
using Rinde.Features.Survey.Responses.Blocks;

namespace Rinde.Features.Survey.Import;

/// <summary>A cell understood: its packed answer and its share of the row's import key.</summary>
public readonly record struct Cached(PackedCell Packed, UInt128 Hash)
{
    public static readonly Cached Blank = new(PackedCell.Blank, 0);
}

/// <summary>
/// What a cell means for one question of the file: the options it names, or the text it gives.
/// It holds no state that changes, so several reading threads can use it at once.
/// </summary>
public sealed class CellMeaning(PlannedQuestion question, string separator)
{
    private readonly Dictionary<string, int> optionByKey = question.Question.Options.Select((o, i) => (Key: ImportText.Key(o.Label), i))
        .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First().i);
    private readonly byte[] title = Encoding.UTF8.GetBytes(question.Key + "\u001e");

    // Threads that meet the same cell get the same packed cell: a block then stores it once.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Cached> understood = new(StringComparer.Ordinal);

    public PlannedQuestion Question => question;

    /// <summary>The meaning of a cell, the same instance for the same text (up to a bound).</summary>
    public Cached Read(string cell)
    {
        if (understood.TryGetValue(cell, out var known)) return known;
        known = Understand(cell);
        return understood.Count < 100_000 ? understood.GetOrAdd(cell, known) : known;
    }

    private Cached Understand(string cell)
    {
        cell = Infrastructure.TextInput.Clean(cell);
        if (string.IsNullOrWhiteSpace(cell)) return Cached.Blank;
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
