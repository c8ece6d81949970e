using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rinde.Features.Acta;
using Rinde.Features.Exercises;
using Rinde.Features.Questions;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Acta.Workflow;

/// <summary>
/// Issue 8, point 10: the state page lists what the acta lacks, approval is refused (page and
/// API) while the dialogue has not taken place or a required part is empty, and a returned
/// acta's comment is shown on the exercise's pages until it is sent to review again.
/// </summary>
public abstract class ActaReadinessTests(RindeFactory factory)
{
    private static Task<HttpResponseMessage> MoveAsync(HttpClient staff, int id, string to, string? comment = null) =>
        staff.PostAsJsonAsync($"/api/v1/exercises/{id}/acta/transitions", new { to, comment });

    private int SentToApproval(DateOnly date)
    {
        var id = TestExercises.Create(factory, date, "Vías");
        factory.WithDb(db =>
        {
            db.Exercises.Single(e => e.Id == id).Status = ActaState.EnviadaAprobacion;
            db.CitizenQuestions.Add(new CitizenQuestion { ExerciseId = id, Number = 1, Text = "¿Cuándo arreglan la vía?", ReceivedAt = DateTime.UtcNow });
            return db.SaveChanges();
        });
        return id;
    }

    [Fact]
    public async Task Approving_before_the_dialogue_or_with_required_parts_empty_is_refused_with_the_list_on_api_and_page()
    {
        var staff = await factory.CreateStaffClientAsync();
        var id = SentToApproval(TestExercises.Today(factory).AddDays(1));

        var refused = await MoveAsync(staff, id, "aprobada", "Aprobada");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        var missing = problem.GetProperty("missing").EnumerateArray().Select(m => m.GetString()!).ToList();
        Assert.Equal(4, missing.Count);
        Assert.Contains(missing, m => m.StartsWith("El diálogo aún no se ha realizado", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.Contains("hora real de inicio", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.Contains("autoevaluación", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.Contains("firma", StringComparison.Ordinal));
        Assert.StartsWith("El acta todavía no se puede aprobar", problem.GetProperty("detail").GetString());
        Assert.Equal(ActaState.EnviadaAprobacion, factory.WithDb(db => db.Exercises.Single(e => e.Id == id).Status));
        Assert.Null(factory.WithDb(db => db.Exercises.Single(e => e.Id == id).ActaNumber));

        // The API's view of the acta lists the same, warnings included (the pending question has no deadline).
        var acta = JsonDocument.Parse(await staff.GetStringAsync($"/api/v1/exercises/{id}/acta")).RootElement;
        var readiness = acta.GetProperty("readiness").EnumerateArray().ToList();
        Assert.Equal(4, readiness.Count(r => r.GetProperty("blocks").GetBoolean()));
        Assert.Contains(readiness, r => !r.GetProperty("blocks").GetBoolean()
            && r.GetProperty("text").GetString() == "Una pregunta pendiente no tiene fecha límite de respuesta.");

        // The page lists them and refuses the approval with them, keeping what was typed.
        var browser = await StaffBrowser.SignInAsync(factory);
        var page = await browser.GetAsync($"/staff/ejercicios/{id}/acta/estado");
        Assert.Equal(4, page.QuerySelectorAll(".readiness li.blocks").Length);
        Assert.Single(page.QuerySelectorAll(".readiness li.warning"));
        var posted = await browser.SubmitAsync($"/staff/ejercicios/{id}/acta/estado", [("To", "Aprobada"), ("Comment", "Revisada por el DADII")]);
        Assert.Equal(HttpStatusCode.Conflict, posted.StatusCode);
        var shown = await StaffBrowser.ParseAsync(posted);
        Assert.Contains("El acta todavía no se puede aprobar", shown.QuerySelector(".notice.error")!.TextContent);
        Assert.Equal("Revisada por el DADII", shown.QuerySelector("textarea#Comment")!.TextContent);
        Assert.Equal(4, shown.QuerySelectorAll(".readiness li.blocks").Length);

        // Held yesterday (by the app's clock), with its times, self-assessment and signatory: it is approved.
        TestExercises.MakeReady(factory, id);
        var ready = await browser.GetAsync($"/staff/ejercicios/{id}/acta/estado");
        Assert.Empty(ready.QuerySelectorAll(".readiness li.blocks"));
        Assert.Single(ready.QuerySelectorAll(".readiness li.warning"));
        var approved = await MoveAsync(staff, id, "aprobada", "Aprobada");
        Assert.True(approved.StatusCode == HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_dialogue_held_today_may_be_approved()
    {
        var staff = await factory.CreateStaffClientAsync();
        var id = SentToApproval(TestExercises.Today(factory));
        TestExercises.MakeReady(factory, id);
        factory.WithDb(db =>
        {
            db.Exercises.Single(e => e.Id == id).Date = TestExercises.Today(factory);
            return db.SaveChanges();
        });
        var acta = JsonDocument.Parse(await staff.GetStringAsync($"/api/v1/exercises/{id}/acta")).RootElement;
        Assert.DoesNotContain(acta.GetProperty("readiness").EnumerateArray(), r => r.GetProperty("blocks").GetBoolean());
    }

    [Fact]
    public async Task A_returned_actas_comment_is_shown_on_the_exercises_pages_until_it_is_sent_again()
    {
        var staff = await factory.CreateStaffClientAsync();
        var id = TestExercises.Create(factory, TestExercises.Today(factory), "Vías");
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(staff, id, "en_revision", "Lista")).StatusCode);
        const string comment = "Falta la <b>lista</b> de asistencia\u0007 <script>alert(1)</script> https://malo.example/x";
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(staff, id, "devuelta", comment)).StatusCode);

        var browser = await StaffBrowser.SignInAsync(factory);
        foreach (var part in new[] { "", "/participantes", "/preguntas", "/acta" })
        {
            var page = await browser.GetAsync($"/staff/ejercicios/{id}{part}");
            var note = page.QuerySelector(".notice.returned");
            Assert.True(note is not null, $"{part}: no muestra la devolución");
            var text = note.QuerySelector(".return-comment")!;
            // Shown as text: no markup, no link, no control character.
            Assert.Contains("Falta la <b>lista</b> de asistencia", text.TextContent);
            Assert.Empty(text.QuerySelectorAll("b, script, a"));
            Assert.DoesNotContain('\u0007', text.TextContent);
        }

        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(staff, id, "en_revision", "Corregida")).StatusCode);
        Assert.Null((await browser.GetAsync($"/staff/ejercicios/{id}/participantes")).QuerySelector(".notice.returned"));
    }

    [Fact]
    public async Task A_huge_comment_is_refused_in_spanish()
    {
        var staff = await factory.CreateStaffClientAsync();
        var id = TestExercises.Create(factory, TestExercises.Today(factory));
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(staff, id, "en_revision")).StatusCode);
        var huge = await MoveAsync(staff, id, "devuelta", new string('x', 200_000));
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Contains("hasta 4000 caracteres", await huge.Content.ReadAsStringAsync());
        Assert.Equal(ActaState.EnRevision, factory.WithDb(db => db.Exercises.Single(e => e.Id == id).Status));
    }
}

public sealed class SqliteActaReadinessTests(SqliteFactory factory) : ActaReadinessTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresActaReadinessTests(PostgresFactory factory) : ActaReadinessTests(factory), IClassFixture<PostgresFactory>;
