using Microsoft.Playwright;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Browser;

/// <summary>Issue 8, point 6: on a page with several forms, sending one never loses what is typed in another.</summary>
public sealed class TypedTextBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    private const string IntroLabel = "Introducción a los temas (punto 1)";

    private static ILocator Intro(IPage page) => page.GetByLabel(IntroLabel);
    private static ILocator Topic(IPage page) => page.Locator("#formulario").GetByLabel("Tema (obligatorio)", new() { Exact = true });

    private static async Task AddTopicAsync(IPage page, string title)
    {
        await page.Locator("#formulario").GetByLabel("Oficina").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Topic(page).FillAsync(title);
        await page.GetByRole(AriaRole.Button, new() { Name = "Agregar" }).ClickAsync();
    }

    [Fact]
    public async Task With_the_script_sending_one_form_keeps_the_text_typed_in_the_others()
    {
        var exerciseId = TestExercises.Create(app.Factory, TestExercises.Tomorrow);
        var page = await app.SignedInStaffPageAsync();
        await page.GotoAsync($"/staff/ejercicios/{exerciseId}/temas");

        // Texts typed, a topic added: the texts stay in their box, unsaved.
        await Intro(page).FillAsync("Introducción aún sin guardar");
        await AddTopicAsync(page, "Movilidad segura");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Se agregó el tema «Movilidad segura»");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("Movilidad segura");
        await Assertions.Expect(Intro(page)).ToHaveValueAsync("Introducción aún sin guardar");
        await Accessibility.AssertNoWcagViolationsAsync(page);

        // A topic refused (no title) keeps both: its error, and the texts still typed.
        await page.GetByRole(AriaRole.Button, new() { Name = "Agregar" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Escriba el tema.");
        await Assertions.Expect(Intro(page)).ToHaveValueAsync("Introducción aún sin guardar");

        // The other way: a topic typed, the texts saved; then a row moved: the topic stays typed.
        await AddTopicAsync(page, "Espacio público");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("Espacio público");
        await Topic(page).FillAsync("Tema a medio escribir");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar textos" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Se guardaron los textos.");
        await Assertions.Expect(Topic(page)).ToHaveValueAsync("Tema a medio escribir");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bajar «Movilidad segura»" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Se movió el tema «Movilidad segura»");
        await Assertions.Expect(page.Locator("tbody tr").First).ToContainTextAsync("Espacio público");
        await Assertions.Expect(Topic(page)).ToHaveValueAsync("Tema a medio escribir");
        Assert.Equal("Introducción aún sin guardar", app.Factory.WithDb(db => db.Exercises.Single(e => e.Id == exerciseId).Narratives.TopicsIntro));
        await Accessibility.AssertNoWcagViolationsAsync(page);

        // An item being edited stays in edit while the texts are saved, and its edit still saves.
        await page.GetByRole(AriaRole.Link, new() { Name = "Editar «Espacio público»" }).ClickAsync();
        await Topic(page).FillAsync("Espacio público y andenes");
        await Intro(page).FillAsync("Introducción corregida");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar textos" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Se guardaron los textos.");
        await Assertions.Expect(Topic(page)).ToHaveValueAsync("Espacio público y andenes");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar cambios" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Se guardó el tema «Espacio público y andenes»");
        Assert.Equal(2, app.Factory.WithDb(db => db.Topics.Count(t => t.ExerciseId == exerciseId)));
    }

    [Fact]
    public async Task Registering_one_question_keeps_the_pasted_chat_and_the_other_way_round()
    {
        var exerciseId = TestExercises.Create(app.Factory, TestExercises.Tomorrow, "Movilidad");
        var page = await app.SignedInStaffPageAsync();
        await page.GotoAsync($"/staff/ejercicios/{exerciseId}/mesa/registrar");
        const string chat = "Ana Gómez: ¿Cuándo arreglan la vía a Pance?\nLuis Mora: ¿Qué pasó con el parque del barrio?";
        await page.GetByLabel("Pegue los comentarios").FillAsync(chat);
        await page.GetByLabel("Pregunta", new() { Exact = true }).FillAsync("Llamada: ¿habrá alumbrado en la 70?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrar pregunta" }).ClickAsync();
        // Saved, and the answer is the desk: the page stays, says so and links there; the chat stays pasted.
        await Assertions.Expect(page.Locator("main > .notice")).ToContainTextAsync("Se registró la pregunta 1");
        await Assertions.Expect(page.GetByLabel("Pegue los comentarios")).ToHaveValueAsync(chat);
        await Assertions.Expect(page.GetByLabel("Pregunta", new() { Exact = true })).ToHaveValueAsync("");
        await Accessibility.AssertNoWcagViolationsAsync(page);

        await page.GetByLabel("Pregunta", new() { Exact = true }).FillAsync("Carta: ¿y el puente peatonal?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Revisar comentarios" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Comentarios encontrados" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Pregunta", new() { Exact = true })).ToHaveValueAsync("Carta: ¿y el puente peatonal?");
        await Accessibility.AssertNoWcagViolationsAsync(page);
        Assert.Equal(1, app.Factory.WithDb(db => db.CitizenQuestions.Count(q => q.ExerciseId == exerciseId)));
    }

    [Fact]
    public async Task Creating_a_user_keeps_the_roles_ticked_for_another_user_open_and_unsaved()
    {
        var exerciseId = TestExercises.Create(app.Factory, TestExercises.Tomorrow);
        var (colleague, _) = await StaffSignIn.CreateColleagueAsync(app.Factory, exerciseId);
        var page = await app.SignedInStaffPageAsync();
        await page.GotoAsync("/staff/usuarios");
        var row = page.Locator("tbody tr", new() { HasText = colleague });
        await row.GetByText("Roles y dependencias").ClickAsync();
        await row.GetByLabel("revisor", new() { Exact = true }).CheckAsync();

        var email = $"nueva-{exerciseId}@pruebas.gov.co";
        var form = page.Locator("form", new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "Crear usuario" }) });
        await form.GetByLabel("Correo electrónico").FillAsync(email);
        await form.GetByLabel("Nombre").FillAsync("Persona Nueva");
        await form.GetByLabel("Contraseña inicial").FillAsync("Clave-Nueva-Persona-2026");
        await form.GetByLabel("administrador", new() { Exact = true }).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Crear usuario" }).ClickAsync();
        await Assertions.Expect(page.Locator("main > .notice")).ToContainTextAsync($"Se creó el usuario {email}.");
        await Assertions.Expect(page.Locator("tbody tr", new() { HasText = email })).ToHaveCountAsync(1);
        await Assertions.Expect(row.GetByLabel("revisor", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(row.GetByLabel("revisor", new() { Exact = true })).ToBeCheckedAsync();
        await Accessibility.AssertNoWcagViolationsAsync(page);
        Assert.False(app.Factory.WithDb(db => db.UserRoles.Any(ur => ur.UserId == db.Users.Single(u => u.Email == colleague).Id
            && ur.RoleId == db.Roles.Single(r => r.Name == "revisor").Id)), "lo marcado sin guardar no se guarda solo");
    }

    [Fact]
    public async Task After_the_session_ended_a_send_says_nothing_was_saved_and_asks_before_leaving_for_the_sign_in()
    {
        var exerciseId = TestExercises.Create(app.Factory, TestExercises.Tomorrow, "Movilidad");
        var page = await app.SignedInStaffPageAsync();
        await page.GotoAsync($"/staff/ejercicios/{exerciseId}/mesa/registrar");
        await page.GetByLabel("Pegue los comentarios").FillAsync("Ana: ¿Y la vía a Pance?");
        await page.GetByLabel("Pregunta", new() { Exact = true }).FillAsync("Llamada: ¿habrá alumbrado?");
        await page.Context.ClearCookiesAsync();
        var asked = new TaskCompletionSource<string>();
        page.Dialog += async (_, dialog) =>
        {
            asked.TrySetResult(dialog.Type);
            await dialog.AcceptAsync();
        };
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrar pregunta" }).ClickAsync();
        Assert.Equal("beforeunload", await asked.Task.WaitAsync(TimeSpan.FromSeconds(60)));
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/cuenta/ingresar"));
        Assert.Equal(0, app.Factory.WithDb(db => db.CitizenQuestions.Count(q => q.ExerciseId == exerciseId)));
    }

    [Fact]
    public async Task Leaving_a_page_with_typed_text_asks_first()
    {
        var exerciseId = TestExercises.Create(app.Factory, TestExercises.Tomorrow);
        var page = await app.SignedInStaffPageAsync();
        await page.GotoAsync($"/staff/ejercicios/{exerciseId}/temas");
        await Topic(page).FillAsync("Algo escrito");
        var asked = new TaskCompletionSource<string>();
        page.Dialog += async (_, dialog) =>
        {
            asked.TrySetResult(dialog.Type);
            await dialog.DismissAsync();
        };
        await page.CloseAsync(new() { RunBeforeUnload = true });
        Assert.Equal("beforeunload", await asked.Task.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Without_the_script_a_refused_form_keeps_its_text_and_the_others_show_what_is_stored()
    {
        var exerciseId = TestExercises.Create(app.Factory, TestExercises.Tomorrow);
        app.Factory.WithDb(db =>
        {
            db.Exercises.Single(e => e.Id == exerciseId).Narratives.TopicsIntro = "Introducción guardada";
            return db.SaveChanges();
        });
        var page = await app.SignedInStaffPageAsync(javaScript: false);
        await page.GotoAsync($"/staff/ejercicios/{exerciseId}/temas");
        await Topic(page).FillAsync(new string('x', 501));
        await page.GetByRole(AriaRole.Button, new() { Name = "Agregar" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("hasta 500 caracteres");
        await Assertions.Expect(Topic(page)).ToHaveValueAsync(new string('x', 501));
        await Assertions.Expect(Intro(page)).ToHaveValueAsync("Introducción guardada");

        // The texts form shown again carries its stamp: saving it works at once, no false conflict.
        await Intro(page).FillAsync("Introducción nueva");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar textos" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Se guardaron los textos.");
        Assert.Equal("Introducción nueva", app.Factory.WithDb(db => db.Exercises.Single(e => e.Id == exerciseId).Narratives.TopicsIntro));
    }
}
