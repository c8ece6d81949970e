using Rinde.Features.Files;
using Rinde.Features.Survey.Questionnaire;

namespace Rinde.Features.Survey.Import;

/// <summary>A question column of the file and the survey question its answers go to.</summary>
public sealed class PlannedQuestion(ImportColumn column, SurveyQuestion question, bool isNew)
{
    public ImportColumn Column { get; } = column;

    /// <summary>An existing question, or a new one (Id 0 until the import saves it).</summary>
    public SurveyQuestion Question { get; } = question;

    public bool IsNew { get; } = isNew;

    /// <summary>The normalised title: answers of the same question weigh the same in the import key.</summary>
    public string Key => Column.Key;

    public bool Multiple => Question.Type == SurveyQuestionType.SeleccionMultiple;

    public bool Closed => Question.Type.HasOptions();
}

/// <summary>
/// Which survey question each column feeds: the existing question with the same title
/// (spaces, case and accents aside), or a new one whose type is recognised from the first
/// rows of the file.
/// </summary>
public sealed class ImportPlan
{
    /// <summary>How many rows are looked at to recognise the type and options of new questions.</summary>
    public const int SampleSize = 5_000;

    public required IReadOnlyList<ImportColumn> Columns { get; init; }
    public required IReadOnlyList<PlannedQuestion> Questions { get; init; }
    public required int TimestampIndex { get; init; }

    /// <summary>Microsoft Forms' `Id` column, part of the import key; -1 when the file has none.</summary>
    public int ResponseIdIndex { get; init; } = -1;

    public static ImportPlan Create(IReadOnlyList<ImportColumn> columns, IReadOnlyList<SurveyQuestion> existing,
        IReadOnlyList<TableRow> sample, string separator)
    {
        var byTitle = existing.GroupBy(q => ImportText.Key(q.Text)).ToDictionary(g => g.Key, g => g.First());
        var order = existing.Count == 0 ? 0 : existing.Max(q => q.Order);
        var questions = new List<PlannedQuestion>();
        var profiles = new Dictionary<int, ColumnProfile>();
        foreach (var column in columns.Where(c => c.Role == ColumnRole.Question))
        {
            var profile = new ColumnProfile(separator);
            foreach (var row in sample)
            {
                if (column.Index < row.Cells.Length) profile.Add(row.Cells[column.Index]);
            }
            profiles[column.Index] = profile;
        }
        foreach (var column in columns.Where(c => c.Role == ColumnRole.Question))
        {
            if (byTitle.TryGetValue(column.Key, out var question))
            {
                questions.Add(new PlannedQuestion(column, question, isNew: false));
                continue;
            }
            var grid = column.Grid is null ? null
                : columns.Where(c => c.Grid == column.Grid && c.Role == ColumnRole.Question).Select(c => profiles[c.Index]).ToList();
            var (type, labels) = grid is null ? TypeRecognition.Recognise(profiles[column.Index]) : TypeRecognition.RecogniseGrid(grid);
            var created = new SurveyQuestion
            {
                Text = column.Title,
                Type = type,
                Order = ++order,
                Options = [.. labels.Select((label, i) => new SurveyOption { Label = label, Order = i + 1 })],
            };
            questions.Add(new PlannedQuestion(column, created, isNew: true));
        }
        return new ImportPlan
        {
            Columns = columns,
            Questions = questions,
            TimestampIndex = columns.First(c => c.Role == ColumnRole.Timestamp).Index,
            ResponseIdIndex = columns.FirstOrDefault(c => c.Role == ColumnRole.ResponseId)?.Index ?? -1,
        };
    }
}
