using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Survey.Questionnaire;
using Rinde.Features.Survey.Responses;
using Rinde.Features.Survey.Responses.Blocks;

namespace Rinde.Features.Survey.Results;

/// <summary>
/// The survey's results without loading its answers: responses typed in or sent through the
/// form are counted by the database (GROUP BY), imported ones come counted in their blocks'
/// summaries, so a million imported rows are analysed with flat memory. Percentages and
/// sentences come from <see cref="SurveyResults.Build"/>, the same code the acta uses.
/// </summary>
public static class SurveyAnalysis
{
    public static async Task<IReadOnlyList<SurveyQuestionResult>> ComputeAsync(
        RindeDbContext db, int exerciseId, int textLimit, CancellationToken ct)
    {
        var questions = await db.SurveyQuestions.Where(q => q.ExerciseId == exerciseId)
            .Include(q => q.Options).AsNoTracking().OrderBy(q => q.Order).ThenBy(q => q.Id).ToListAsync(ct);
        var total = await db.SurveyResponses.CountAsync(r => r.ExerciseId == exerciseId, ct);
        var given = Given(db, exerciseId);

        var respondents = await given.GroupBy(a => a.SurveyQuestionId)
            .Select(g => new { Question = g.Key, Count = g.Select(a => a.SurveyResponseId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Question, x => x.Count, ct);
        var options = await given.Where(a => a.SurveyOptionId != null)
            .GroupBy(a => new { a.SurveyQuestionId, a.SurveyOptionId })
            .Select(g => new { g.Key.SurveyQuestionId, g.Key.SurveyOptionId, Count = g.Select(a => a.SurveyResponseId).Distinct().Count() })
            .ToListAsync(ct);
        var closedIds = questions.Where(q => q.Type.HasOptions()).Select(q => q.Id).ToList();
        var typed = await given.Where(a => a.SurveyOptionId == null && closedIds.Contains(a.SurveyQuestionId))
            .GroupBy(a => new { a.SurveyQuestionId, a.Text })
            .Select(g => new { g.Key.SurveyQuestionId, g.Key.Text, Count = g.Select(a => a.SurveyResponseId).Distinct().Count() })
            .ToListAsync(ct);
        var blocks = await BlockSummaries.OfExerciseAsync(db, exerciseId, ct);

        var results = new List<SurveyQuestionResult>(questions.Count);
        foreach (var question in questions)
        {
            List<string> texts = [];
            if (!question.Type.HasOptions() && textLimit > 0)
            {
                texts = await given.Where(a => a.SurveyQuestionId == question.Id)
                    .OrderBy(a => a.SurveyResponseId).ThenBy(a => a.Id).Select(a => a.Text!).Take(textLimit).ToListAsync(ct);
                if (texts.Count < textLimit) texts.AddRange(await BlockSummaries.TextsAsync(db, exerciseId, question.Id, textLimit - texts.Count, ct));
            }
            var counts = new SurveyQuestionCounts(
                respondents.GetValueOrDefault(question.Id),
                options.Where(o => o.SurveyQuestionId == question.Id).ToDictionary(o => o.SurveyOptionId!.Value, o => o.Count),
                [.. typed.Where(t => t.SurveyQuestionId == question.Id).Select(t => (t.Text!, t.Count))],
                [.. texts.Select(t => t.Trim())]);
            results.Add(SurveyResults.Build(question, total + blocks.Responses, blocks.AddTo(question.Id, counts)));
        }
        return results;
    }

    /// <summary>The answers that say something, of live responses of the exercise.</summary>
    internal static IQueryable<SurveyAnswer> Given(RindeDbContext db, int exerciseId) =>
        from a in db.SurveyAnswers
        join r in db.SurveyResponses on a.SurveyResponseId equals r.Id
        where r.ExerciseId == exerciseId && (a.SurveyOptionId != null || (a.Text != null && a.Text.Trim() != ""))
        select a;
}
