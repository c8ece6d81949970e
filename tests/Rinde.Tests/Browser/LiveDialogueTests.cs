using Microsoft.Playwright;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Browser;

public sealed class LiveDialogueTests(LiveApp app) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task A_citizen_asks_the_desk_sees_it_live_answers_it_and_the_citizen_reads_the_answer()
    {
        var exerciseId = TestExercises.Create(app.Factory, TestExercises.Tomorrow, "Seguridad", "Movilidad");

        var desk = await app.SignedInStaffPageAsync();
        await desk.GotoAsync($"/staff/ejercicios/{exerciseId}/mesa");
        await Assertions.Expect(desk.Locator("#desk-status")).ToContainTextAsync("Conectado");
        await Accessibility.AssertNoWcagViolationsAsync(desk);

        var citizen = await app.NewPageAsync();
        await citizen.GotoAsync($"/ejercicios/{exerciseId}");
        await Accessibility.AssertNoWcagViolationsAsync(citizen);
        await citizen.GetByLabel("Su pregunta, propuesta o solicitud").FillAsync("¿Cuándo se pavimenta la calle 5?");
        await citizen.GetByLabel("Tema").SelectOptionAsync("Movilidad");
        await citizen.GetByLabel("Nombre", new() { Exact = true }).FillAsync("Carmen Rojas");
        await citizen.GetByLabel("Autorizo el tratamiento de mis datos personales").CheckAsync();
        await citizen.GetByLabel("Autorizo publicar mi nombre").CheckAsync();
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Enviar pregunta" }).ClickAsync();
        await Assertions.Expect(citizen.GetByRole(AriaRole.Status)).ToContainTextAsync("número 1");
        await LiveApp.ShotAsync(citizen, "portal-seguimiento");
        await Accessibility.AssertNoWcagViolationsAsync(citizen);

        // The desk did not reload: the question arrived through server-sent events.
        var card = desk.Locator("article.desk-question", new() { HasText = "¿Cuándo se pavimenta la calle 5?" });
        await Assertions.Expect(card).ToBeVisibleAsync();
        await Assertions.Expect(card).ToContainTextAsync("Carmen Rojas");
        await LiveApp.ShotAsync(desk, "mesa-en-vivo");
        await card.GetByLabel("Respuesta").FillAsync("En marzo, con recursos del plan de desarrollo.");
        await card.GetByRole(AriaRole.Button, new() { Name = "Guardar respuesta" }).ClickAsync();
        await Assertions.Expect(card.Locator(".desk-message")).ToContainTextAsync("respondida");

        await citizen.GotoAsync($"/ejercicios/{exerciseId}");
        var published = citizen.Locator("#pregunta-1");
        await Assertions.Expect(published).ToContainTextAsync("En marzo, con recursos del plan de desarrollo.");
        await Assertions.Expect(published).ToContainTextAsync("Carmen Rojas");
        await LiveApp.ShotAsync(citizen, "portal-ejercicio");
    }

    [Fact]
    public async Task The_portal_home_has_no_wcag_violations()
    {
        TestExercises.Create(app.Factory, TestExercises.Tomorrow);
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await Accessibility.AssertNoWcagViolationsAsync(page);
    }
}
