using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rinde.Features.Dependencies;
using Rinde.Features.Questions;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Accounts;

/// <summary>
/// Issue 8, point 8: staff of a sub-unit assigned a question of its parent's exercise open that
/// exercise's desk and answer what is assigned to them, and nothing else.
/// </summary>
public abstract class SubUnitDeskTests(RindeFactory factory)
{
    public const string Password = "Clave-Oficina-2026";

    /// <summary>An exercise of a parent dependency with three questions (1 assigned to the sub-unit, 2 to nobody, 3 to the parent) and the sub-unit's respondedor.</summary>
    public static async Task<(int Exercise, int[] Questions, string Email, int SubUnit)> SeedAsync(RindeFactory factory, string role = "respondedor")
    {
        var exercise = TestExercises.Create(factory, TestExercises.Tomorrow);
        var (questions, subUnit, code) = factory.WithDb(db =>
        {
            var parent = db.Exercises.Where(e => e.Id == exercise).Select(e => e.Dependency).Single();
            var office = new Dependency { Code = parent.Code + "-OF", Name = "Oficina de vías " + parent.Code, ParentId = parent.Id };
            db.Dependencies.Add(office);
            db.SaveChanges();
            int?[] assigned = [office.Id, null, parent.Id];
            var qs = assigned.Select((d, i) => new CitizenQuestion
            {
                ExerciseId = exercise, Number = i + 1, Text = $"¿Pregunta {i + 1} de la comunidad?", AssignedDependencyId = d, Anonymous = true,
            }).ToList();
            db.CitizenQuestions.AddRange(qs);
            db.SaveChanges();
            return (qs.Select(q => q.Id).ToArray(), office.Id, office.Code);
        });
        var admin = await factory.CreateStaffClientAsync();
        var email = $"oficina-{Guid.NewGuid():N}@pruebas.gov.co";
        (await admin.PostAsJsonAsync("/api/v1/users", new { email, password = Password, name = "Oficina", roles = new[] { role }, dependencies = new[] { code } }))
            .EnsureSuccessStatusCode();
        return (exercise, questions, email, subUnit);
    }

    [Fact]
    public async Task The_desk_page_shows_only_the_assigned_question_with_only_the_answer_form_and_answers_it()
    {
        var (exercise, questions, email, _) = await SeedAsync(factory);
        var browser = factory.CreateClient(new() { AllowAutoRedirect = false });
        await StaffSignIn.SignInAsync(browser, email, Password);

        var home = await browser.GetDocumentAsync("/staff");
        var link = home.QuerySelector($"#asignadas ~ ul a[href='/staff/ejercicios/{exercise}/mesa?Estado=pendiente']");
        Assert.NotNull(link);
        Assert.Contains("1 pregunta", link!.ParentElement!.TextContent);

        var desk = await browser.GetDocumentAsync($"/staff/ejercicios/{exercise}/mesa");
        Assert.Contains("solo las preguntas asignadas a su dependencia", desk.Body!.TextContent);
        Assert.Equal([$"q{questions[0]}"], desk.QuerySelectorAll("#desk .desk-question").Select(a => a.Id));
        Assert.Empty(desk.QuerySelectorAll("#desk form:not(.answer-form)"));
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/staff/ejercicios/{exercise}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/staff/ejercicios/{exercise}/mesa/registrar")).StatusCode);

        var answered = await browser.SubmitAsync(desk, "form.answer-form", new Dictionary<string, string> { ["answer"] = "La oficina la atiende en marzo." });
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal("La oficina la atiende en marzo.", factory.WithDb(db => db.CitizenQuestions.Single(q => q.Id == questions[0]).Answer));
        Assert.Equal(email, factory.WithDb(db => db.CitizenQuestions.Single(q => q.Id == questions[0]).AnsweredBy));

        // Another question, or another action on theirs, does not exist for them.
        var token = desk.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var (handler, question) in new[] { ("Answer", questions[1]), ("Answer", questions[2]), ("Hide", questions[0]), ("Merge", questions[0]), ("Unmerge", questions[0]) })
        {
            var forged = await browser.PostAsync($"/staff/ejercicios/{exercise}/mesa?handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["questionId"] = question.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["version"] = "1", ["answer"] = "Intento", ["reason"] = "x", ["intoNumber"] = "2",
            }));
            Assert.True(forged.StatusCode == HttpStatusCode.NotFound, $"{handler} {question}: {(int)forged.StatusCode}");
        }
        factory.WithDb(db =>
        {
            Assert.All(db.CitizenQuestions.Where(q => q.ExerciseId == exercise && q.Id != questions[0]).ToList(), q => Assert.Null(q.Answer));
            var mine = db.CitizenQuestions.Single(q => q.Id == questions[0]);
            Assert.False(mine.Hidden);
            Assert.Null(mine.MergedIntoId);
            return 0;
        });
    }

    [Fact]
    public async Task The_deadlines_page_lists_the_assigned_question_of_a_past_dialogue_and_no_other()
    {
        var (exercise, questions, email, _) = await SeedAsync(factory);
        factory.WithDb(db =>
        {
            db.Exercises.Single(e => e.Id == exercise).Date = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-10));
            foreach (var q in db.CitizenQuestions.Where(q => q.ExerciseId == exercise))
            {
                q.Deadline = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(5));
            }
            return db.SaveChanges();
        });
        var browser = factory.CreateClient(new() { AllowAutoRedirect = false });
        await StaffSignIn.SignInAsync(browser, email, Password);
        var text = (await browser.GetDocumentAsync("/staff/plazos")).Body!.TextContent;
        Assert.Contains("¿Pregunta 1 de la comunidad?", text);
        Assert.DoesNotContain("¿Pregunta 2 de la comunidad?", text);
        Assert.DoesNotContain("¿Pregunta 3 de la comunidad?", text);
        Assert.Equal(questions.Length, factory.WithDb(db => db.CitizenQuestions.Count(q => q.ExerciseId == exercise)));
    }

    [Fact]
    public async Task The_api_lists_streams_and_answers_only_the_assigned_question()
    {
        var (exercise, questions, email, _) = await SeedAsync(factory);
        var office = await factory.CreateStaffClientAsync(email, Password);
        var admin = await factory.CreateStaffClientAsync();

        var list = await office.GetFromJsonAsync<JsonElement>($"/api/v1/exercises/{exercise}/questions");
        Assert.Equal([questions[0]], list.EnumerateArray().Select(q => q.GetProperty("id").GetInt32()));
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/api/v1/exercises/{exercise}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await office.PostAsJsonAsync($"/api/v1/questions/{questions[1]}/answer", new { text = "No", answeredLive = false })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await office.PostAsJsonAsync($"/api/v1/questions/{questions[0]}/merge", new { intoNumber = 2 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await office.PostAsJsonAsync($"/api/v1/questions/{questions[0]}/hide", new { reason = "x" })).StatusCode);

        using var response = await office.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/v1/exercises/{exercise}/questions/stream"),
            HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new SseReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal("conectado", (await stream.NextAsync(TimeSpan.FromSeconds(30))).Type);
        // Someone else answers question 2 (not theirs), then they answer theirs: only theirs reaches them.
        (await admin.PostAsJsonAsync($"/api/v1/questions/{questions[1]}/answer", new { text = "Respuesta de la entidad", answeredLive = true })).EnsureSuccessStatusCode();
        var answer = await office.PostAsJsonAsync($"/api/v1/questions/{questions[0]}/answer", new { text = "Respuesta de la oficina", answeredLive = false });
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var ev = await stream.NextAsync(TimeSpan.FromSeconds(30));
        Assert.Contains($"\"id\":{questions[0]}", ev.Data);
        Assert.DoesNotContain("Respuesta de la entidad", ev.Data);

        // Reassigned away, the question is gone from their desk.
        factory.WithDb(db => { db.CitizenQuestions.Single(q => q.Id == questions[0]).AssignedDependencyId = null; return db.SaveChanges(); });
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/api/v1/exercises/{exercise}/questions")).StatusCode);
    }
}

public sealed class SqliteSubUnitDeskTests(SqliteFactory factory) : SubUnitDeskTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresSubUnitDeskTests(PostgresFactory factory) : SubUnitDeskTests(factory), IClassFixture<PostgresFactory>;
