using Rinde.Features.Survey.Questionnaire;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;

using Rinde.Features.Accounts;

namespace Rinde.Features.Survey.Results;

public static class SurveyResultsApi
{
    public sealed record OptionDto(string Label, int Count, decimal Percent);

    public sealed record ResultDto(
        string Question, SurveyQuestionType Type, string Section, int Respondents, int Unanswered,
        IReadOnlyList<OptionDto> Options, IReadOnlyList<string> Texts, string Sentence, string? Note);

    public static RouteGroupBuilder MapSurveyResultsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/exercises/{id:int}/survey/results", GetAsync).RequireExerciseScope();
        return api;
    }

    /// <summary>Staff only (the fallback policy): free-text answers are not reviewed for publication.</summary>
    private static async Task<Results<Ok<List<ResultDto>>, ProblemHttpResult>> GetAsync(int id, RindeDbContext db, CancellationToken ct)
    {
        if (!await db.Exercises.AnyAsync(e => e.Id == id, ct))
        {
            return TypedResults.Problem(detail: $"No existe el ejercicio {id}.", statusCode: StatusCodes.Status404NotFound);
        }
        var results = (await SurveyAnalysis.ComputeAsync(db, id, int.MaxValue, ct))
            .Select(r => new ResultDto(r.Question, r.Type, r.Section, r.Respondents, r.Unanswered,
                r.Options.Rows.Select(o => new OptionDto(o.Label, o.Count, o.Percent)).ToList(),
                r.Texts, r.Sentence, r.Options.Note))
            .ToList();
        return TypedResults.Ok(results);
    }
}
