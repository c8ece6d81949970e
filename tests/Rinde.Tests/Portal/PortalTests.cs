using System.Net;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Portal;

public abstract class PortalTests(RindeFactory factory)
{
    private HttpClient Citizen() => factory.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task The_home_page_lists_upcoming_dialogues_for_anyone()
    {
        var exerciseId = TestExercises.Create(factory, TestExercises.Tomorrow);
        var home = await Citizen().GetDocumentAsync("/");
        Assert.NotNull(home.QuerySelector($"a[href='/ejercicios/{exerciseId}']"));
    }

    [Fact]
    public async Task A_citizen_asks_through_the_form_and_follows_the_question_by_its_follow_code()
    {
        var exerciseId = TestExercises.Create(factory, TestExercises.Tomorrow, "Seguridad");
        var client = Citizen();
        var page = await client.GetDocumentAsync($"/ejercicios/{exerciseId}");
        var response = await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string>
        {
            ["Form.Text"] = "¿Cuántas cámaras se instalaron en el barrio?",
            ["Form.Type"] = "Peticion",
            ["Form.Theme"] = "Seguridad",
            ["Form.CitizenName"] = "Luz Mery",
            ["Form.Consent"] = "true",
        }, $"/ejercicios/{exerciseId}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var code = factory.WithDb(db => db.CitizenQuestions.Single(q => q.ExerciseId == exerciseId).FollowCode);
        Assert.Equal($"/ejercicios/{exerciseId}/seguimiento/{code}", response.Headers.Location!.OriginalString);
        // Not answered yet, so not published: the number alone does not show it.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/ejercicios/{exerciseId}/preguntas/1")).StatusCode);

        var follow = await client.GetDocumentAsync($"/ejercicios/{exerciseId}/seguimiento/{code}");
        Assert.Contains("¿Cuántas cámaras se instalaron en el barrio?", follow.Body!.TextContent);
        Assert.Contains("En trámite", follow.Body.TextContent);
        var due = Rinde.Infrastructure.EsCo.LongDate(Rinde.Features.Questions.QuestionDeadlines.DueDate(
            Rinde.Features.Questions.QuestionType.Peticion, TestExercises.Tomorrow));
        Assert.Contains(due, follow.Body.TextContent);
    }

    [Fact]
    public async Task The_form_shows_spanish_messages_next_to_the_fields()
    {
        var exerciseId = TestExercises.Create(factory, TestExercises.Tomorrow);
        var client = Citizen();
        var page = await client.GetDocumentAsync($"/ejercicios/{exerciseId}");
        var response = await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string>
        {
            ["Form.Text"] = "", ["Form.Email"] = "no-es-correo",
        }, $"/ejercicios/{exerciseId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = HtmlForms.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("Escriba su pregunta", html.QuerySelector("[data-valmsg-for='Form.Text']")!.TextContent);
        Assert.Contains("no es válido", html.QuerySelector("[data-valmsg-for='Form.Email']")!.TextContent);
    }

    [Fact]
    public async Task Published_answers_hide_names_without_consent_and_never_show_emails()
    {
        var exerciseId = TestExercises.Create(factory, TestExercises.Tomorrow);
        factory.WithDb(db =>
        {
            db.CitizenQuestions.AddRange(
                new() { ExerciseId = exerciseId, Number = 1, Text = "Primera", CitizenName = "Marta Gómez", Email = "marta@example.com", Consent = true, PublishName = true, Answer = "Sí." },
                new() { ExerciseId = exerciseId, Number = 2, Text = "Segunda", CitizenName = "Jorge Pérez", Email = "jorge@example.com", Consent = true, Answer = "No." },
                new() { ExerciseId = exerciseId, Number = 3, Text = "Tercera sin respuesta", CitizenName = "Ana" });
            return db.SaveChanges();
        });
        var text = (await Citizen().GetDocumentAsync($"/ejercicios/{exerciseId}")).Body!.TextContent;
        Assert.Contains("Marta Gómez", text);
        Assert.DoesNotContain("Jorge Pérez", text);
        Assert.Contains("Ciudadano(a)", text);
        Assert.DoesNotContain("@example.com", text);
        Assert.DoesNotContain("Tercera sin respuesta", text);

        var api = await Citizen().GetStringAsync($"/api/v1/exercises/{exerciseId}/questions/public");
        Assert.Contains("Marta Gómez", api);
        Assert.DoesNotContain("Jorge", api);
        Assert.DoesNotContain("example.com", api);
    }

    [Fact]
    public async Task Information_published_beforehand_is_shown_without_running_anything_from_it()
    {
        var exerciseId = TestExercises.Create(factory, TestExercises.Tomorrow);
        factory.WithDb(db =>
        {
            db.ReportSections.Add(new() { ExerciseId = exerciseId, Title = "Presupuesto",
                Narrative = "Se **ejecutó** el 77 %.\n\n<script>alert(1)</script> [clic](javascript:alert(2))" });
            return db.SaveChanges();
        });
        var html = await Citizen().GetStringAsync($"/ejercicios/{exerciseId}");
        Assert.Contains("<strong>ejecutó</strong>", html);
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.DoesNotContain("javascript:", html);
    }

    [Fact]
    public async Task The_dialogue_can_be_added_to_a_calendar()
    {
        var exerciseId = TestExercises.Create(factory, new DateOnly(2030, 11, 20));
        var response = await Citizen().GetAsync($"/ejercicios/{exerciseId}/calendario.ics");
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var ics = await response.Content.ReadAsStringAsync();
        Assert.Contains("BEGIN:VEVENT", ics);
        Assert.Contains("DTSTART:20301120T140000Z", ics); // 09:00 in Colombia
        var page = await Citizen().GetDocumentAsync($"/ejercicios/{exerciseId}");
        var google = page.QuerySelector("a[href^='https://calendar.google.com/']")!.GetAttribute("href")!;
        Assert.Contains("dates=20301120T140000Z/20301120T160000Z", google);
    }
}

public sealed class SqlitePortalTests(SqliteFactory factory) : PortalTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresPortalTests(PostgresFactory factory) : PortalTests(factory), IClassFixture<PostgresFactory>;
