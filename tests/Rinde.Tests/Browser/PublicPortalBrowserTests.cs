using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Rinde.Tests.Infrastructure;
using Rinde.Tests.Survey;

namespace Rinde.Tests.Browser;

/// <summary>What citizens see of an exercise (issue 8, points 1, 9 and 11), in a browser, with axe on every page.</summary>
public sealed class PublicPortalBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    private async Task AskAsync(int exerciseId, string text)
    {
        var response = await app.Factory.CreateClient().PostAsJsonAsync($"/api/v1/exercises/{exerciseId}/questions", new { text, anonymous = true });
        response.EnsureSuccessStatusCode();
    }

    private static ILocator Card(IPage desk, string text) => desk.Locator("article.desk-question", new() { HasText = text });

    private static async Task AnswerAsync(ILocator card, string answer)
    {
        await card.GetByLabel("Respuesta").FillAsync(answer);
        await card.GetByRole(AriaRole.Button, new() { Name = "Guardar respuesta" }).ClickAsync();
        await Assertions.Expect(card.Locator(".answer-text")).ToHaveTextAsync(answer);
    }

    private static async Task ModerateAsync(ILocator card, (string Label, string Value) field, string button, string status)
    {
        await AnswerAsync(card, "Respuesta que no debe publicarse.");
        await card.GetByText("Más acciones").ClickAsync();
        await card.GetByLabel(field.Label).FillAsync(field.Value);
        await card.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await Assertions.Expect(card.Locator("[data-field=status]")).ToHaveTextAsync(status);
    }

    [Fact]
    public async Task A_hidden_and_a_merged_question_are_not_on_the_portal_nor_in_the_public_list()
    {
        var exerciseId = TestExercises.Create(app.Factory, TestExercises.Tomorrow, "Vías");
        await AskAsync(exerciseId, "¿Cuándo pavimentan la calle 5?");
        await AskAsync(exerciseId, "Mensaje ofensivo contra el alcalde");
        await AskAsync(exerciseId, "¿Cuándo pavimentan la calle quinta?");
        await AskAsync(exerciseId, "¿Habrá más rutas del MIO?");

        var desk = await app.SignedInStaffPageAsync();
        await desk.GotoAsync($"/staff/ejercicios/{exerciseId}/mesa");
        await Assertions.Expect(desk.Locator("#desk-status")).ToContainTextAsync("Conectado");
        await AnswerAsync(Card(desk, "calle 5"), "La obra empieza en marzo.");
        // Answered before moderation: still never quoted once hidden or merged.
        await ModerateAsync(Card(desk, "ofensivo"), ("Motivo para ocultar", "Lenguaje ofensivo"), "Ocultar mensaje", "Oculta");
        await ModerateAsync(Card(desk, "calle quinta"), ("Es duplicada de la pregunta número", "1"), "Marcar duplicada", "Duplicada");

        var citizen = await app.NewPageAsync();
        await citizen.GotoAsync($"/ejercicios/{exerciseId}");
        var answered = citizen.Locator("section[aria-labelledby=respuestas]");
        await Assertions.Expect(answered.Locator("article")).ToHaveCountAsync(1);
        await Assertions.Expect(answered).ToContainTextAsync("La obra empieza en marzo.");
        var text = await citizen.Locator("main").InnerTextAsync();
        foreach (var never in new[] { "ofensivo", "no debe publicarse", "calle quinta", "MIO" })
        {
            Assert.DoesNotContain(never, text, StringComparison.Ordinal);
        }
        await Accessibility.AssertNoWcagViolationsAsync(citizen);

        var list = await citizen.APIRequest.GetAsync($"/api/v1/exercises/{exerciseId}/questions/public");
        Assert.Equal(200, list.Status);
        var published = (await list.JsonAsync())!.Value.EnumerateArray().ToList();
        Assert.Equal([1], published.Select(q => q.GetProperty("number").GetInt32()));
        Assert.DoesNotContain("ofensivo", await list.TextAsync(), StringComparison.Ordinal);

        // By number only what is published: the hidden and the merged one are "not found".
        foreach (var number in new[] { 2, 3, 4 })
        {
            var response = await citizen.GotoAsync($"/ejercicios/{exerciseId}/preguntas/{number}");
            Assert.Equal(404, response!.Status);
            await Assertions.Expect(citizen.Locator("h1")).ToHaveTextAsync("No encontramos esa pregunta");
            Assert.DoesNotContain("ofensivo", await citizen.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Browsers_get_spanish_error_pages_with_a_way_back_never_json()
    {
        var exerciseId = TestExercises.Create(app.Factory, TestExercises.Tomorrow);
        var citizen = await app.NewPageAsync();

        var missing = await citizen.GotoAsync("/no-existe-esta-pagina");
        await ExpectErrorPageAsync(citizen, missing, 404, "No encontramos esta página", "Volver al inicio");

        // A citizen types a wrong number in the exercise's own form.
        await citizen.GotoAsync($"/ejercicios/{exerciseId}");
        await citizen.GetByLabel("Escriba el número de su pregunta").FillAsync("999");
        var wrong = await citizen.RunAndWaitForResponseAsync(
            () => citizen.GetByRole(AriaRole.Button, new() { Name = "Ver mi pregunta" }).ClickAsync(),
            $"**/ejercicios/{exerciseId}/preguntas/999");
        await ExpectErrorPageAsync(citizen, wrong, 404, "No encontramos esa pregunta", "Volver al ejercicio");
        await citizen.GetByRole(AriaRole.Link, new() { Name = "Volver al ejercicio" }).ClickAsync();
        await Assertions.Expect(citizen).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/ejercicios/{exerciseId}$"));

        var missingExercise = await citizen.GotoAsync("/ejercicios/987654");
        await ExpectErrorPageAsync(citizen, missingExercise, 404, "No encontramos ese ejercicio", "Volver al inicio");

        // An articulador may not manage users nor open another dependency's exercise.
        var colleague = await app.SignedInColleaguePageAsync(exerciseId);
        var users = await colleague.GotoAsync("/staff/usuarios");
        await ExpectErrorPageAsync(colleague, users, 403, "No tiene permiso para esto", "Volver a los ejercicios");
        var other = TestExercises.Create(app.Factory, TestExercises.Tomorrow);
        var foreign = await colleague.GotoAsync($"/staff/ejercicios/{other}/temas");
        Assert.True(foreign!.Status is 403 or 404, $"{foreign.Status}");
        await Assertions.Expect(colleague.GetByRole(AriaRole.Link, new() { Name = "Volver a los ejercicios" })).ToBeVisibleAsync();
        var staffMissing = await colleague.GotoAsync("/staff/ejercicios/987654");
        await ExpectErrorPageAsync(colleague, staffMissing, 404, "No encontramos esta página", "Volver a los ejercicios");
    }

    private static async Task ExpectErrorPageAsync(IPage page, IResponse? response, int status, string heading, string back)
    {
        Assert.Equal(status, response!.Status);
        Assert.StartsWith("text/html", response.Headers["content-type"], StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(heading);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = back })).ToBeVisibleAsync();
        await Accessibility.AssertNoWcagViolationsAsync(page);
    }

    [Fact]
    public async Task A_draft_is_not_on_the_portal_until_announced_then_links_its_open_survey_with_a_qr_and_its_published_acta()
    {
        var exerciseId = SurveySetup.WithTemplate(app.Factory, SurveySetup.TodayInColombia);
        var title = app.Factory.WithDb(db =>
        {
            var e = db.Exercises.Single(x => x.Id == exerciseId);
            (e.AnnouncedAt, e.Title) = (null, "Diálogo en borrador " + exerciseId);
            db.SaveChanges();
            return e.Title;
        });
        var citizen = await app.NewPageAsync();
        await citizen.GotoAsync("/");
        await Assertions.Expect(citizen.Locator("main")).Not.ToContainTextAsync(title);
        var draft = await citizen.GotoAsync($"/ejercicios/{exerciseId}");
        await ExpectErrorPageAsync(citizen, draft, 404, "No encontramos ese ejercicio", "Volver al inicio");
        Assert.Equal(404, (await citizen.GotoAsync($"/encuesta/{exerciseId}"))!.Status);

        var staff = await app.SignedInStaffPageAsync();
        await staff.GotoAsync($"/staff/ejercicios/{exerciseId}/portal");
        await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("Este ejercicio es un borrador");
        await Accessibility.AssertNoWcagViolationsAsync(staff);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Publicar la convocatoria en el portal" }).ClickAsync();
        await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("Publicado en el portal desde");
        await Accessibility.AssertNoWcagViolationsAsync(staff);

        await citizen.GotoAsync("/");
        await Assertions.Expect(citizen.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
        await citizen.GotoAsync($"/ejercicios/{exerciseId}");
        await Assertions.Expect(citizen.Locator("h1")).ToHaveTextAsync(title);
        var survey = citizen.GetByRole(AriaRole.Link, new() { Name = "Responder la encuesta de evaluación" });
        await Assertions.Expect(survey).ToHaveAttributeAsync("href", $"/encuesta/{exerciseId}");
        var qr = citizen.GetByRole(AriaRole.Img, new() { Name = "Código QR que abre la encuesta de evaluación" });
        await Assertions.Expect(qr).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^data:image/png;base64,"));
        Assert.True(await qr.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "el código QR no se dibuja");
        await Assertions.Expect(citizen.Locator("#acta")).ToHaveCountAsync(0);
        await Accessibility.AssertNoWcagViolationsAsync(citizen);
        await survey.ClickAsync();
        await Assertions.Expect(citizen).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/encuesta/{exerciseId}$"));

        // The demo's acta is published: its page links to it, and the link serves the acta.
        var demo = app.Factory.WithDb(db => db.Exercises.Single(e => e.ActaNumber == "4112.020.14.12.56").Id);
        await citizen.GotoAsync($"/ejercicios/{demo}");
        var acta = citizen.Locator("#acta").GetByRole(AriaRole.Link, new() { Name = "descargarla en Word (DOCX)" });
        await Assertions.Expect(acta).ToBeVisibleAsync();
        await Accessibility.AssertNoWcagViolationsAsync(citizen);
        var docx = await citizen.APIRequest.GetAsync((await acta.GetAttributeAsync("href"))!);
        Assert.Equal(200, docx.Status);
        Assert.Contains("wordprocessingml", docx.Headers["content-type"], StringComparison.Ordinal);
    }
}
