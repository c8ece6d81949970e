using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Survey.Responses.Blocks;

namespace Rinde.Features.Survey.Results;

/// <summary>
/// One closed question (rows) by another (columns): how many respondents gave each pair of
/// answers. Shares are over each row's respondents who answered both questions.
/// </summary>
public sealed record SurveyCrossTab(
    SurveyQuestionResult Rows, SurveyQuestionResult Columns,
    IReadOnlyList<string> RowLabels, IReadOnlyList<string> ColumnLabels,
    int[,] Counts, IReadOnlyList<int> RowTotals, int Base)
{
    public decimal Percent(int row, int column) => Percentages.Of(Counts[row, column], RowTotals[row]);

    /// <summary>
    /// Counted over every live response, typed in or imported, read one at a time: the pairs
    /// are counted per respondent, so a million imported rows take the memory of one block.
    /// </summary>
    /// <param name="rows">Results of the row question (its labels give the order).</param>
    public static async Task<SurveyCrossTab> ComputeAsync(
        RindeDbContext db, int exerciseId, SurveyQuestionResult rows, SurveyQuestionResult columns, CancellationToken ct)
    {
        var rowLabel = await LabelsAsync(db, rows.QuestionId, ct);
        var columnLabel = await LabelsAsync(db, columns.QuestionId, ct);
        var rowIndex = Index(rows);
        var columnIndex = Index(columns);
        var counts = new int[rows.Options.Rows.Count, columns.Options.Rows.Count];
        var totals = new int[rows.Options.Rows.Count];
        var both = 0;
        // The row and column places one response's answers fall in: one person counts once per cell.
        var inRow = new HashSet<int>();
        var inColumn = new HashSet<int>();
        await foreach (var response in SurveyResponseSource.AllAsync(db, exerciseId, ct))
        {
            bool answeredRow = false, answeredColumn = false;
            inRow.Clear();
            inColumn.Clear();
            foreach (var a in response.Answers.Where(SurveyResults.IsGiven))
            {
                if (a.SurveyQuestionId == rows.QuestionId)
                {
                    answeredRow = true;
                    if (rowIndex.TryGetValue(rowLabel(a.SurveyOptionId, a.Text), out var r)) inRow.Add(r);
                }
                if (a.SurveyQuestionId == columns.QuestionId)
                {
                    answeredColumn = true;
                    if (columnIndex.TryGetValue(columnLabel(a.SurveyOptionId, a.Text), out var c)) inColumn.Add(c);
                }
            }
            if (!answeredRow || !answeredColumn) continue;
            both++;
            foreach (var r in inRow)
            {
                totals[r]++;
                foreach (var c in inColumn) counts[r, c]++;
            }
        }
        return new SurveyCrossTab(rows, columns, [.. rows.Options.Rows.Select(o => o.Label)],
            [.. columns.Options.Rows.Select(o => o.Label)], counts, totals, both);
    }

    private static Dictionary<string, int> Index(SurveyQuestionResult result) =>
        result.Options.Rows.Select((o, i) => (o.Label, i))
            .GroupBy(x => x.Label, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);

    private static async Task<Func<int?, string?, string>> LabelsAsync(RindeDbContext db, int questionId, CancellationToken ct)
    {
        var options = await db.SurveyOptions.Where(o => o.SurveyQuestionId == questionId).ToDictionaryAsync(o => o.Id, o => o.Label, ct);
        return (option, text) => option is int id ? options.GetValueOrDefault(id, "") : text?.Trim() ?? "";
    }
}
