using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Rinde.Features.Survey.Import;

public readonly record struct ImportedAnswer(int QuestionId, int? OptionId, string? Text);

/// <summary>A row ready to store: when it was sent, its import key and its answers.</summary>
public sealed record ImportedResponse(DateTime SubmittedAt, string Key, List<ImportedAnswer> Answers);

/// <summary>
/// Turns a record of the file into a response, or into the Spanish reason it cannot be read.
/// Answers to closed questions become their options; anything else is kept as typed text.
/// </summary>
public sealed class RowConverter(ImportPlan plan, string separator, int headerCount, bool checkWidth)
{
    private readonly PlannedQuestion[] byKey = [.. plan.Questions.OrderBy(q => q.Key, StringComparer.Ordinal)];
    private readonly StringBuilder material = new();
    private readonly List<string> keys = [];

    /// <summary>Answers repeat (the parser pools equal strings): their keys are computed once, up to a bound.</summary>
    private readonly Dictionary<string, string> keyCache = new(StringComparer.Ordinal);

    public ImportedResponse? Convert(SurveyRow row, out string? error)
    {
        error = row.Error ?? (checkWidth && row.Cells.Length != headerCount
            ? $"Tiene {row.Cells.Length} columnas y el encabezado tiene {headerCount}."
            : null);
        if (error is not null) return null;
        var stamp = Cell(row, plan.TimestampIndex);
        if (stamp.Length == 0)
        {
            error = "Falta la marca temporal.";
            return null;
        }
        if (ImportTimestamp.Parse(stamp) is not { } submitted)
        {
            error = $"La marca temporal «{ImportText.Clean(stamp)}» no es una fecha y hora reconocible.";
            return null;
        }
        material.Clear().Append(submitted.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        var answers = new List<ImportedAnswer>(byKey.Length);
        foreach (var question in byKey)
        {
            var cell = Cell(row, question.Column.Index);
            if (string.IsNullOrWhiteSpace(cell)) continue;
            keys.Clear();
            Answer(question, cell, answers);
            keys.Sort(StringComparer.Ordinal);
            material.Append('\n').Append(question.Key).Append('\t').AppendJoin('\u001f', keys);
        }
        return new ImportedResponse(submitted, Hash(material), answers);
    }

    private void Answer(PlannedQuestion question, string cell, List<ImportedAnswer> answers)
    {
        var id = question.Question.Id;
        if (!question.Closed)
        {
            var text = cell.Trim();
            answers.Add(new ImportedAnswer(id, null, text));
            keys.Add(KeyOf(text));
            return;
        }
        if (!question.Multiple)
        {
            Choose(question, ImportText.Clean(cell), answers);
            return;
        }
        var pieces = MultipleChoice.Split(cell, separator);
        for (var i = 0; i < pieces.Count; i++)
        {
            // An option's label may itself hold the separator ("Sí, totalmente"): the longest run of parts that is an option wins.
            var taken = 1;
            for (var j = pieces.Count; j > i + 1; j--)
            {
                if (question.HasOption(string.Join(separator, pieces.Skip(i).Take(j - i))))
                {
                    taken = j - i;
                    break;
                }
            }
            Choose(question, taken == 1 ? pieces[i] : string.Join(separator, pieces.Skip(i).Take(taken)), answers);
            i += taken - 1;
        }
    }

    private void Choose(PlannedQuestion question, string value, List<ImportedAnswer> answers)
    {
        // An option matches by this same key, so the key is the option's too.
        var key = KeyOf(value);
        var option = question.OptionByKey(key);
        if (keys.Contains(key)) return;
        keys.Add(key);
        answers.Add(option is null
            ? new ImportedAnswer(question.Question.Id, null, value)
            : new ImportedAnswer(question.Question.Id, option.Id, null));
    }

    private string KeyOf(string value)
    {
        if (keyCache.TryGetValue(value, out var key)) return key;
        key = ImportText.Key(value);
        if (keyCache.Count < 100_000) keyCache[value] = key;
        return key;
    }

    private static string Cell(SurveyRow row, int index) => index < row.Cells.Length ? row.Cells[index] : "";

    private static string Hash(StringBuilder text)
    {
        Span<byte> hash = stackalloc byte[32];
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        SHA256.HashData(bytes, hash);
        return System.Convert.ToHexStringLower(hash);
    }
}
