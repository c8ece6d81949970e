using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Questions;

public abstract class QuestionIntakeTests(RindeFactory factory)
{
    private sealed record Created(int Id, int Number);

    [Fact]
    public async Task A_citizen_question_is_stored_with_the_next_number_and_its_legal_deadline()
    {
        var exerciseId = TestExercises.Create(factory, TestExercises.Tomorrow, "Seguridad", "Movilidad");
        var client = factory.CreateClient();
        var first = await client.PostAsJsonAsync($"/api/v1/exercises/{exerciseId}/questions",
            new { text = "¿Cuándo arreglan la vía del barrio?", type = "peticion", theme = "Movilidad", citizenName = "Ana Ruiz", email = "ana@example.com", consent = true });
        var second = await client.PostAsJsonAsync($"/api/v1/exercises/{exerciseId}/questions",
            new { text = "¿Qué pasó con los recursos?", type = "denuncia", theme = "No sé", anonymous = true });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var a = await first.Content.ReadFromJsonAsync<Created>();
        var b = await second.Content.ReadFromJsonAsync<Created>();
        Assert.Equal((1, 2), (a!.Number, b!.Number));

        factory.WithDb(db =>
        {
            var stored = db.CitizenQuestions.Include(q => q.Theme).Single(q => q.Id == a.Id);
            Assert.Equal("Movilidad", stored.Theme!.Name);
            Assert.Equal("Ana Ruiz", stored.CitizenName);
            var anonymous = db.CitizenQuestions.Single(q => q.Id == b.Id);
            Assert.True(anonymous.Anonymous);
            Assert.Null(anonymous.CitizenName);
            Assert.Null(anonymous.ThemeId);
            Assert.Equal(Rinde.Features.Questions.QuestionDeadlines.DueDate(Rinde.Features.Questions.QuestionType.Denuncia, TestExercises.Tomorrow), anonymous.Deadline);
            return 0;
        });
    }

    [Fact]
    public async Task Invalid_questions_get_every_problem_in_spanish()
    {
        var exerciseId = TestExercises.Create(factory, TestExercises.Tomorrow, "Seguridad");
        var response = await factory.CreateClient().PostAsJsonAsync($"/api/v1/exercises/{exerciseId}/questions",
            new { text = "", theme = "Otro tema", citizenName = "Pedro", consent = false });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = body.RootElement.GetProperty("errors");
        Assert.Contains("Escriba su pregunta", errors.GetProperty("text")[0].GetString());
        Assert.Contains("temas del ejercicio", errors.GetProperty("theme")[0].GetString());
        Assert.Contains("Ley 1581 de 2012", errors.GetProperty("consent")[0].GetString());
    }

    [Fact]
    public async Task A_past_dialogue_takes_no_more_questions()
    {
        var exerciseId = TestExercises.Create(factory, new DateOnly(2021, 11, 17));
        var response = await factory.CreateClient().PostAsJsonAsync($"/api/v1/exercises/{exerciseId}/questions",
            new { text = "¿Sigue abierto el formulario?", anonymous = true });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("ya no recibe preguntas", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Questions_posted_at_once_get_distinct_consecutive_numbers()
    {
        var exerciseId = TestExercises.Create(factory, TestExercises.Tomorrow);
        var client = factory.CreateClient();
        var responses = await Task.WhenAll(Enumerable.Range(1, 60).Select(i =>
            client.PostAsJsonAsync($"/api/v1/exercises/{exerciseId}/questions", new { text = $"Pregunta número {i}", anonymous = true })));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var numbers = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<Created>())!.Number));
        Assert.Equal(Enumerable.Range(1, 60), numbers.Order());
    }

    [Fact]
    public async Task A_sender_going_too_fast_gets_429_with_retry_after()
    {
        using var strict = Provider == "Sqlite" ? (RindeFactory)new SqliteFactory() : new PostgresFactory();
        strict.Settings["Intake:PermitsPerMinute"] = "3";
        strict.Clock = TestClocks.InsideOneMinute();
        var exerciseId = TestExercises.Create(strict, TestExercises.Tomorrow);
        var client = strict.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await client.PostAsJsonAsync($"/api/v1/exercises/{exerciseId}/questions", new { text = $"Pregunta rápida {i}", anonymous = true });
            statuses.Add(last.StatusCode);
        }
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(last!.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("demasiadas preguntas", await last.Content.ReadAsStringAsync());
    }

    private string Provider => factory.Provider;
}

public sealed class SqliteQuestionIntakeTests(SqliteFactory factory) : QuestionIntakeTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresQuestionIntakeTests(PostgresFactory factory) : QuestionIntakeTests(factory), IClassFixture<PostgresFactory>;
