using Microsoft.AspNetCore.Mvc;
using Rinde.Data;
using Rinde.Features.BackOffice;

namespace Rinde.Features.Survey.Results;

/// <summary>
/// The survey's analysis for the team: per question its chart and table, the sentence the
/// acta prints, the open answers; a cross-tabulation of two closed questions; exports.
/// </summary>
public class SurveyResultsPageModel(RindeDbContext db) : StaffPageModel(db)
{
    /// <summary>Open answers shown per question; the exports carry all of them.</summary>
    public const int TextsShown = 200;

    public override string PartTitle => "Resultados de la encuesta";
    public override string Tab => "encuesta-resultados";

    [BindProperty(SupportsGet = true, Name = "fila")]
    public int? RowQuestionId { get; set; }

    [BindProperty(SupportsGet = true, Name = "columna")]
    public int? ColumnQuestionId { get; set; }

    public IReadOnlyList<SurveyQuestionResult> Results { get; private set; } = [];
    public IReadOnlyList<SurveyQuestionResult> Closed => [.. Results.Where(r => r.IsClosed)];
    public int TotalResponses => Results.Count == 0 ? 0 : Results[0].Respondents + Results[0].Unanswered;
    public SurveyCrossTab? CrossTab { get; private set; }
    public string? CrossTabError { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Results = await SurveyAnalysis.ComputeAsync(Db, ExerciseId, TextsShown, ct);
        if (RowQuestionId is null && ColumnQuestionId is null)
        {
            return;
        }
        var rows = Closed.FirstOrDefault(r => r.QuestionId == RowQuestionId);
        var columns = Closed.FirstOrDefault(r => r.QuestionId == ColumnQuestionId);
        if (rows is null || columns is null)
        {
            CrossTabError = "Elija dos preguntas cerradas de esta encuesta: una para las filas y otra para las columnas.";
        }
        else if (rows.QuestionId == columns.QuestionId)
        {
            CrossTabError = "Elija dos preguntas distintas para cruzar.";
        }
        else
        {
            CrossTab = await SurveyCrossTab.ComputeAsync(Db, ExerciseId, rows, columns, ct);
        }
    }
}
