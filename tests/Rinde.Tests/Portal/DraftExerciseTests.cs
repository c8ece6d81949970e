using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Rinde.Features.Survey.Questionnaire;
using Rinde.Tests.Infrastructure;
using static Rinde.Tests.BackOffice.BackOfficeSteps;

namespace Rinde.Tests.Portal;

/// <summary>
/// Issue 8, point 11: the portal shows an exercise only once staff publish its announcement; a
/// draft can be deleted (soft, audited); the exercise's page links to its open survey with a QR
/// code and to its published acta.
/// </summary>
public abstract class DraftExerciseTests(RindeFactory factory)
{
    private async Task<HttpStatusCode[]> PublicAnswersAsync(int id)
    {
        var citizen = factory.CreateClient();
        var asked = await citizen.PostAsJsonAsync($"/api/v1/exercises/{id}/questions", new { text = "¿Cuándo es el diálogo?", anonymous = true });
        return
        [
            (await citizen.GetAsync($"/ejercicios/{id}")).StatusCode,
            (await citizen.GetAsync($"/ejercicios/{id}/calendario.ics")).StatusCode,
            (await citizen.GetAsync($"/api/v1/exercises/{id}/questions/public")).StatusCode,
            (await citizen.GetAsync($"/encuesta/{id}")).StatusCode,
            (await citizen.GetAsync($"/compromisos/{id}")).StatusCode,
            asked.StatusCode,
        ];
    }

    [Fact]
    public async Task A_draft_is_not_public_until_staff_publish_its_announcement()
    {
        var browser = await StaffBrowser.SignInAsync(factory);
        var title = "Diálogo en borrador " + Guid.NewGuid().ToString("N")[..6];
        var id = await CreateExerciseAsync(browser, title);
        var home = factory.CreateClient();
        Assert.DoesNotContain(title, await home.GetStringAsync("/"));
        Assert.All(await PublicAnswersAsync(id), status => Assert.Equal(HttpStatusCode.NotFound, status));
        var page = await browser.GetAsync($"/staff/ejercicios/{id}/portal");
        Assert.Contains("es un borrador", page.QuerySelector("main")!.TextContent);

        var announced = await browser.SubmitAsync($"/staff/ejercicios/{id}/portal", [], "Announce");
        Assert.Equal(HttpStatusCode.Redirect, announced.StatusCode);
        Assert.NotNull(factory.WithDb(db => db.Exercises.Single(e => e.Id == id).AnnouncedAt));
        Assert.Contains(title, await home.GetStringAsync("/"));
        var answers = await PublicAnswersAsync(id);
        Assert.Equal(HttpStatusCode.OK, answers[0]);
        Assert.Equal(HttpStatusCode.OK, answers[1]);
        Assert.Equal(HttpStatusCode.OK, answers[2]);
        Assert.NotEqual(HttpStatusCode.NotFound, answers[^1]);
        // An announced exercise is not deleted: the page offers nothing and a forged POST is refused.
        Assert.Null((await browser.GetAsync($"/staff/ejercicios/{id}/portal?eliminar=true")).QuerySelector("form[action*='handler=Delete']"));
        var token = await StaffBrowser.TokenAsync(browser, $"/staff/ejercicios/{id}/portal");
        await browser.PostAsync($"/staff/ejercicios/{id}/portal?handler=Delete", [("__RequestVerificationToken", token)]);
        Assert.True(factory.WithDb(db => db.Exercises.Any(e => e.Id == id)));
    }

    /// <summary>The API contract: an exercise an integration posts takes citizens' questions from its creation.</summary>
    [Fact]
    public async Task An_exercise_posted_through_the_api_is_public_at_once_and_a_put_keeps_a_draft_a_draft()
    {
        var staff = await factory.CreateStaffClientAsync();
        var document = Rinde.Tests.Exercises.RichDocument.Build("AP" + Guid.NewGuid().ToString("N")[..6], Guid.Empty, questions: 1);
        document.Remove("announcedAt");
        document["date"] = TestExercises.Tomorrow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        document["questionsCloseAt"] = null;
        document["convocation"] = new System.Text.Json.Nodes.JsonArray();
        document["reportSections"] = new System.Text.Json.Nodes.JsonArray();
        document["annexes"] = new System.Text.Json.Nodes.JsonArray();
        var id = await Rinde.Tests.Exercises.ExerciseDocumentTests.PostAsync(staff, document);
        var answers = await PublicAnswersAsync(id);
        Assert.Equal(HttpStatusCode.OK, answers[0]);
        Assert.Equal(HttpStatusCode.Created, answers[^1]);

        var browser = await StaffBrowser.SignInAsync(factory);
        var draft = await CreateExerciseAsync(browser, "Borrador editado por la API " + Guid.NewGuid().ToString("N")[..6]);
        var fetched = System.Text.Json.Nodes.JsonNode.Parse(await staff.GetStringAsync($"/api/v1/exercises/{draft}"))!;
        var put = await staff.PutAsJsonAsync($"/api/v1/exercises/{draft}", fetched);
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        Assert.Null(factory.WithDb(db => db.Exercises.Single(e => e.Id == draft).AnnouncedAt));
    }

    [Fact]
    public async Task A_draft_is_deleted_softly_and_the_audit_log_says_so()
    {
        var browser = await StaffBrowser.SignInAsync(factory);
        var title = "Borrador para eliminar " + Guid.NewGuid().ToString("N")[..6];
        var id = await CreateExerciseAsync(browser, title);
        // Hostile: a query value that is not a boolean only keeps the confirmation closed.
        Assert.Null((await browser.GetAsync($"/staff/ejercicios/{id}/portal?eliminar=%3Cscript%3E%00")).QuerySelector("form[action*='handler=Delete']"));
        var deleted = await browser.SubmitAsync($"/staff/ejercicios/{id}/portal?eliminar=true", [], "Delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("/staff", deleted.Headers.Location!.OriginalString);
        var list = await browser.GetAsync("/staff");
        Assert.Contains($"Se eliminó el borrador «{title}».", list.QuerySelector(".notice")!.TextContent);
        Assert.Null(list.QuerySelector($"a[href='/staff/ejercicios/{id}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Client.GetAsync($"/staff/ejercicios/{id}")).StatusCode);
        factory.WithDb(db =>
        {
            Assert.False(db.Exercises.Any(e => e.Id == id));
            Assert.True(db.Exercises.IgnoreQueryFilters().Any(e => e.Id == id && EF.Property<DateTime?>(e, "DeletedAt") != null));
            Assert.True(db.AuditEntries.Any(a => a.Entity == "Exercise" && a.EntityId == id.ToString() && a.Action == "eliminado" && a.User != "sistema"));
            return 0;
        });
    }

    [Fact]
    public async Task The_demo_stays_public_and_its_page_links_to_its_published_acta()
    {
        var demo = factory.WithDb(db => db.Exercises.Where(e => e.Title.StartsWith("Segundo espacio de diálogo de rendición de cuentas 2021"))
            .OrderBy(e => e.Id).Select(e => new { e.Id, e.Title, e.AnnouncedAt }).First());
        Assert.NotNull(demo.AnnouncedAt);
        var citizen = factory.CreateClient();
        Assert.Contains(demo.Title, await citizen.GetStringAsync("/"));
        var page = await citizen.GetDocumentAsync($"/ejercicios/{demo.Id}");
        Assert.NotNull(page.QuerySelector($"#acta a[href='/api/v1/exercises/{demo.Id}/acta.pdf']"));
    }

    [Fact]
    public async Task While_the_survey_is_open_the_page_links_to_it_with_a_qr_code()
    {
        var id = TestExercises.Create(factory, TestExercises.Today(factory));
        var citizen = factory.CreateClient();
        Assert.Null((await citizen.GetDocumentAsync($"/ejercicios/{id}")).QuerySelector(".survey-link"));
        factory.WithDb(db =>
        {
            db.SurveyQuestions.Add(new Rinde.Features.Survey.Questionnaire.SurveyQuestion { ExerciseId = id, Order = 1, Text = "¿Cómo le pareció?" });
            return db.SaveChanges();
        });
        var page = await citizen.GetDocumentAsync($"/ejercicios/{id}");
        Assert.NotNull(page.QuerySelector($".survey-link a[href='/encuesta/{id}']"));
        var src = page.QuerySelector(".survey-link img")!.GetAttribute("src")!;
        Assert.StartsWith("data:image/png;base64,", src, StringComparison.Ordinal);
        var png = Convert.FromBase64String(src["data:image/png;base64,".Length..]);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
        Assert.Contains($"/encuesta/{id}", page.QuerySelector(".survey-link figcaption")!.TextContent);
        Assert.Null(page.QuerySelector("#acta"));
    }
}

public sealed class SqliteDraftExerciseTests(SqliteFactory factory) : DraftExerciseTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresDraftExerciseTests(PostgresFactory factory) : DraftExerciseTests(factory), IClassFixture<PostgresFactory>;
