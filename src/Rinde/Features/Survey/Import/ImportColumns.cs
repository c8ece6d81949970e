using System.Text.RegularExpressions;

namespace Rinde.Features.Survey.Import;

/// <summary>ResponseId: Microsoft Forms' `Id`, never an answer, but part of the import key (two people are two responses).</summary>
public enum ColumnRole { Timestamp, Ignored, Question, ResponseId }

/// <summary>A column of the file; a grid's row ("Pregunta [Fila]") keeps its grid's title.</summary>
public sealed record ImportColumn(int Index, string Title, ColumnRole Role, string? Grid = null)
{
    public string Key { get; } = ImportText.Key(Title);
}

/// <summary>What each header is: the submission time, a column that is not a question, or a question.</summary>
public static partial class ImportColumns
{
    private static readonly HashSet<string> GoogleTimestamp = [.. new[] { "Marca temporal", "Timestamp", "Marca de tiempo" }.Select(ImportText.Key)];

    /// <summary>Microsoft Forms: its completion time is the moment the form was sent.</summary>
    private static readonly HashSet<string> MicrosoftTimestamp = [.. new[] { "Hora de finalización", "Completion time" }.Select(ImportText.Key)];

    /// <summary>Who answered and the form's own bookkeeping: never stored as an answer.</summary>
    private static readonly HashSet<string> NotQuestions = [.. new[]
    {
        "Dirección de correo electrónico", "Email address", "Correo electrónico", "Email", "Nombre de usuario", "Username",
        "Id", "Hora de inicio", "Start time", "Nombre", "Name", "Hora de la última modificación", "Last modified time",
        "Total de puntos", "Total points", "Puntuación", "Score",
    }.Select(ImportText.Key)];

    private static readonly string ResponseIdKey = ImportText.Key("Id");

    [GeneratedRegex(@"^(.+?)\s*\[([^\[\]]+)\]$")]
    private static partial Regex GridPattern();

    public static List<ImportColumn> Classify(string[] headers, SurveyFileKind kind)
    {
        var timestamps = kind == SurveyFileKind.MicrosoftForms ? MicrosoftTimestamp : GoogleTimestamp;
        var columns = new List<ImportColumn>(headers.Length);
        var timestampSeen = false;
        for (var i = 0; i < headers.Length; i++)
        {
            var title = ImportText.Clean(headers[i]);
            var key = ImportText.Key(title);
            if (!timestampSeen && timestamps.Contains(key))
            {
                timestampSeen = true;
                columns.Add(new ImportColumn(i, title, ColumnRole.Timestamp));
            }
            else if (kind == SurveyFileKind.MicrosoftForms && key == ResponseIdKey && !columns.Exists(c => c.Role == ColumnRole.ResponseId))
            {
                columns.Add(new ImportColumn(i, title, ColumnRole.ResponseId));
            }
            else if (NotQuestions.Contains(key) || title.Length == 0 || (kind == SurveyFileKind.MicrosoftForms && timestamps.Contains(key)))
            {
                columns.Add(new ImportColumn(i, title, ColumnRole.Ignored));
            }
            else
            {
                var grid = GridPattern().Match(title);
                columns.Add(new ImportColumn(i, grid.Success ? $"{grid.Groups[1].Value} [{grid.Groups[2].Value.Trim()}]" : title,
                    ColumnRole.Question, grid.Success ? grid.Groups[1].Value : null));
            }
        }
        return columns;
    }

    /// <summary>The Spanish reason the header cannot be imported, if any.</summary>
    public static string? Problem(IReadOnlyList<ImportColumn> columns, SurveyFileKind kind)
    {
        if (!columns.Any(c => c.Role == ColumnRole.Timestamp))
        {
            return kind == SurveyFileKind.MicrosoftForms
                ? "No se encontró la columna «Hora de finalización» (o «Completion time») de Microsoft Forms."
                : "No se encontró la columna «Marca temporal» (o «Timestamp») de Google Forms en la primera fila.";
        }
        var repeated = columns.Where(c => c.Role == ColumnRole.Question).GroupBy(c => c.Key).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            return $"La pregunta «{repeated.First().Title}» aparece en más de una columna.";
        }
        return columns.Any(c => c.Role == ColumnRole.Question) ? null : "El archivo no tiene columnas de preguntas.";
    }
}
