using Microsoft.EntityFrameworkCore;
using Rinde.Features.BackOffice;
using Rinde.Features.Survey;
using Rinde.Features.Survey.Questionnaire;
using Rinde.Features.Survey.Questionnaire.Template;
using Rinde.Features.Survey.Responses;
using Rinde.Features.Survey.Responses.Blocks;
using Rinde.Features.Survey.Territories;
using Rinde.Infrastructure;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Survey;

/// <summary>Exercises whose survey is the standard template, straight through the DbContext.</summary>
public static class SurveySetup
{
    public static DateOnly TodayInColombia => ColombiaTime.Today(TimeProvider.System);

    /// <summary>An exercise on <paramref name="date"/> with the template's questions and Cali's comunas.</summary>
    public static int WithTemplate(RindeFactory factory, DateOnly date) => factory.WithDb(db =>
    {
        var id = TestExercises.Create(db, date);
        var territories = Municipalities.TerritoriesAsync(db, Municipalities.Cali).GetAwaiter().GetResult();
        db.SurveyQuestions.AddRange(SurveyTemplate.Create(id, territories));
        db.SaveChanges();
        return id;
    });

    public static List<SurveyQuestion> QuestionsOf(RindeFactory factory, int exerciseId) => factory.WithDb(db =>
        db.SurveyQuestions.Where(q => q.ExerciseId == exerciseId).OrderBy(q => q.Order)
            .Include(q => q.Options.OrderBy(o => o.Order)).AsNoTracking().ToList());

    /// <summary>Every live response of the exercise, rows and imported blocks alike, as the readers see them.</summary>
    public static Task<List<SurveyResponse>> ResponsesAsync(RindeFactory factory, int exerciseId) =>
        factory.WithDbAsync(async db => await SurveyResponseSource.AllAsync(db, exerciseId).ToListAsync());

    public static Task<int> CountAsync(RindeFactory factory, int exerciseId) =>
        factory.WithDbAsync(db => SurveyResponseSource.CountAsync(db, exerciseId, CancellationToken.None));

    /// <summary>Imports a file through the API (it must answer 200): how many responses it added and skipped.</summary>
    public static async Task<(int Imported, int Skipped)> ImportCountsAsync(HttpClient staff, int exerciseId, byte[] bytes, string name)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", name } };
        using var response = await staff.PostAsync($"/api/v1/exercises/{exerciseId}/survey/import", form);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (body.RootElement.GetProperty("imported").GetInt32(), body.RootElement.GetProperty("skipped").GetInt32());
    }

    /// <summary>Imports a file through the API; the import's outcome must be a success.</summary>
    public static async Task ImportAsync(HttpClient staff, int exerciseId, byte[] bytes, string name = "respuestas.csv")
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", name } };
        using var response = await staff.PostAsync($"/api/v1/exercises/{exerciseId}/survey/import", form);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public static SurveyQuestion Question(IEnumerable<SurveyQuestion> questions, string startsWith) =>
        questions.Single(q => q.Text.StartsWith(startsWith, StringComparison.Ordinal));

    public static string Option(SurveyQuestion question, string label) =>
        question.Options.Single(o => o.Label == label).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
