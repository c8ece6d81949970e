using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.BackOffice;

namespace Rinde.Features.Survey.Export;

/// <summary>The two downloads of a survey: its results, and every individual response.</summary>
public static class SurveyExports
{
    private const int Batch = 1000;

    /// <summary>One row per option (or per open question), with the figures the acta prints.</summary>
    public static ExportTable Results(IReadOnlyList<SurveyQuestionResult> results) => new(
        ["N.º", "Pregunta", "Tipo", "Encuestados", "Sin responder", "Opción", "Respuestas", "Porcentaje", "Frase"],
        results.SelectMany((r, i) => r.IsClosed && r.Options.Rows.Count > 0
            ? r.Options.Rows.Select(o => new object?[] { i + 1, r.Question, EnumLabels.Of(r.Type), r.Respondents, r.Unanswered, o.Label, o.Count, o.Percent, r.Sentence })
            : [[i + 1, r.Question, EnumLabels.Of(r.Type), r.Respondents, r.Unanswered, null, null, null, r.Sentence]]));

    /// <summary>One row per response, one column per question; read in batches so memory stays flat.</summary>
    public static async Task<ExportTable> ResponsesAsync(RindeDbContext db, int exerciseId, CancellationToken ct)
    {
        var questions = await db.SurveyQuestions.Where(q => q.ExerciseId == exerciseId).Include(q => q.Options)
            .AsNoTracking().OrderBy(q => q.Order).ThenBy(q => q.Id).ToListAsync(ct);
        var labels = questions.SelectMany(q => q.Options).ToDictionary(o => o.Id, o => o.Label);
        var columns = questions.Select((q, i) => (q.Id, i)).ToDictionary(x => x.Id, x => x.i);
        return new ExportTable(["N.º", "Fecha (hora de Colombia)", "Origen", .. questions.Select(q => q.Text)],
            Rows(db, exerciseId, columns, labels));
    }

    private static IEnumerable<object?[]> Rows(RindeDbContext db, int exerciseId, Dictionary<int, int> columns, Dictionary<int, string> labels)
    {
        var number = 0;
        var after = 0;
        while (true)
        {
            var batch = db.SurveyResponses.Where(r => r.ExerciseId == exerciseId && r.Id > after).OrderBy(r => r.Id).Take(Batch)
                .Include(r => r.Answers).AsNoTracking().ToList();
            foreach (var response in batch)
            {
                var row = new object?[3 + columns.Count];
                row[0] = ++number;
                row[1] = ColombiaTime.FromUtc(response.SubmittedAt).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
                row[2] = response.Origin;
                foreach (var group in response.Answers.Where(a => columns.ContainsKey(a.SurveyQuestionId)).GroupBy(a => a.SurveyQuestionId))
                {
                    row[3 + columns[group.Key]] = string.Join("; ", group.Select(a => a.SurveyOptionId is int id ? labels[id] : a.Text?.Trim()).Where(v => !string.IsNullOrEmpty(v)));
                }
                yield return row;
            }
            if (batch.Count < Batch)
            {
                yield break;
            }
            after = batch[^1].Id;
        }
    }
}
