using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.BackOffice;
using Rinde.Features.Survey.Responses;
using Rinde.Features.Survey.Responses.Blocks;
using Rinde.Infrastructure;

namespace Rinde.Features.Survey.Results.Export;

/// <summary>The two downloads of a survey: its results, and every individual response.</summary>
public static class SurveyExports
{
    /// <summary>One row per option (or per open question), with the figures the acta prints.</summary>
    public static ExportTable Results(IReadOnlyList<SurveyQuestionResult> results) => new(
        ["N.º", "Pregunta", "Tipo", "Encuestados", "Sin responder", "Opción", "Respuestas", "Porcentaje", "Frase"],
        results.SelectMany((r, i) => r.IsClosed && r.Options.Rows.Count > 0
            ? r.Options.Rows.Select(o => new object?[] { i + 1, r.Question, EnumLabels.Of(r.Type), r.Respondents, r.Unanswered, o.Label, o.Count, o.Percent, r.Sentence })
            : [[i + 1, r.Question, EnumLabels.Of(r.Type), r.Respondents, r.Unanswered, null, null, null, r.Sentence]]));

    /// <summary>One row per response (typed in, then imported), one column per question; streamed so memory stays flat.</summary>
    public static async Task<ExportTable> ResponsesAsync(RindeDbContext db, int exerciseId, CancellationToken ct)
    {
        var questions = await db.SurveyQuestions.Where(q => q.ExerciseId == exerciseId).Include(q => q.Options)
            .AsNoTracking().OrderBy(q => q.Order).ThenBy(q => q.Id).ToListAsync(ct);
        var labels = questions.SelectMany(q => q.Options).ToDictionary(o => o.Id, o => o.Label);
        var columns = questions.Select((q, i) => (q.Id, i)).ToDictionary(x => x.Id, x => x.i);
        // The table is written synchronously to a temporary file (ExportTable); the responses are
        // read as it goes, so the wait for each batch or block blocks like the synchronous reads did.
        var responses = SurveyResponseSource.AllAsync(db, exerciseId, ct).ToBlockingEnumerable(ct);
        return new ExportTable(["N.º", "Fecha (hora de Colombia)", "Origen", .. questions.Select(q => q.Text)],
            responses.Select((response, i) => Row(i + 1, response, columns, labels)));
    }

    private static object?[] Row(int number, SurveyResponse response, Dictionary<int, int> columns, Dictionary<int, string> labels)
    {
        var row = new object?[3 + columns.Count];
        row[0] = number;
        row[1] = ColombiaTime.FromUtc(response.SubmittedAt).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        row[2] = response.Origin;
        foreach (var group in response.Answers.Where(a => columns.ContainsKey(a.SurveyQuestionId)).GroupBy(a => a.SurveyQuestionId))
        {
            row[3 + columns[group.Key]] = string.Join("; ", group.Select(a => a.SurveyOptionId is int id ? labels[id] : a.Text?.Trim()).Where(v => !string.IsNullOrEmpty(v)));
        }
        return row;
    }
}
