using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Acta.Model;

namespace Rinde.Features.Survey;

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

    /// <param name="rows">Results of the row question (its labels give the order).</param>
    public static async Task<SurveyCrossTab> ComputeAsync(
        RindeDbContext db, int exerciseId, SurveyQuestionResult rows, SurveyQuestionResult columns, CancellationToken ct)
    {
        var given = SurveyAnalysis.Given(db, exerciseId);
        // Answers to the row question of the people who also answered the column question.
        var joined =
            from a in given.Where(a => a.SurveyQuestionId == rows.QuestionId)
            join b in given.Where(b => b.SurveyQuestionId == columns.QuestionId) on a.SurveyResponseId equals b.SurveyResponseId
            select new { a.SurveyResponseId, RowOption = a.SurveyOptionId, RowText = a.Text, ColumnOption = b.SurveyOptionId, ColumnText = b.Text };
        var pairs = await joined
            .GroupBy(p => new { p.RowOption, p.RowText, p.ColumnOption, p.ColumnText })
            .Select(g => new { g.Key.RowOption, g.Key.RowText, g.Key.ColumnOption, g.Key.ColumnText, Count = g.Select(p => p.SurveyResponseId).Distinct().Count() })
            .ToListAsync(ct);
        var rowTotals = await joined
            .GroupBy(p => new { p.RowOption, p.RowText })
            .Select(g => new { g.Key.RowOption, g.Key.RowText, Count = g.Select(p => p.SurveyResponseId).Distinct().Count() })
            .ToListAsync(ct);
        var both = await joined.Select(p => p.SurveyResponseId).Distinct().CountAsync(ct);

        var rowLabel = await LabelsAsync(db, rows.QuestionId, ct);
        var columnLabel = await LabelsAsync(db, columns.QuestionId, ct);
        var rowIndex = Index(rows);
        var columnIndex = Index(columns);
        var counts = new int[rows.Options.Rows.Count, columns.Options.Rows.Count];
        foreach (var p in pairs)
        {
            if (rowIndex.TryGetValue(rowLabel(p.RowOption, p.RowText), out var r) && columnIndex.TryGetValue(columnLabel(p.ColumnOption, p.ColumnText), out var c))
            {
                counts[r, c] += p.Count;
            }
        }
        var totals = new int[rows.Options.Rows.Count];
        foreach (var t in rowTotals)
        {
            if (rowIndex.TryGetValue(rowLabel(t.RowOption, t.RowText), out var r))
            {
                totals[r] += t.Count;
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
