using Microsoft.Playwright;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Browser;

/// <summary>Issue 8, point 14: a pasted Facebook Live chat is previewed with checkboxes before anything is registered.</summary>
public sealed class PastedChatBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    private const string Chat = """
        María López
        Buenas tardes desde la comuna 18
        Me gusta · Responder · 3 min
        Carlos Ruiz
        ¿Qué pasó con el parque de Siloé?
        Me gusta · Responder · 2 min
        Secretaría de Gobierno
        Autor
        Gracias por acompañarnos.
        Me gusta · Responder · 1 min
        """;

    [Fact]
    public async Task Staff_paste_a_chat_untick_nothing_more_and_register_only_the_question()
    {
        var exerciseId = TestExercises.Create(app.Factory, TestExercises.Tomorrow);
        var page = await app.SignedInStaffPageAsync();
        await page.GotoAsync($"/staff/ejercicios/{exerciseId}/mesa/registrar");
        await Accessibility.AssertNoWcagViolationsAsync(page);

        await page.GetByLabel("Pegue los comentarios").FillAsync(Chat);
        await page.GetByRole(AriaRole.Button, new() { Name = "Revisar comentarios" }).ClickAsync();

        var rows = page.Locator("table tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        await Assertions.Expect(page.GetByLabel("Registrar el comentario 1")).Not.ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("Registrar el comentario 2")).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("Registrar el comentario 3")).Not.ToBeCheckedAsync();
        await Assertions.Expect(rows.Nth(2)).ToContainTextAsync("Comentario de la página");
        // What was pasted is still in the box, in case staff want to paste more.
        await Assertions.Expect(page.GetByLabel("Pegue los comentarios")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Carlos Ruiz"));
        await LiveApp.ShotAsync(page, "chat-vista-previa");
        await Accessibility.AssertNoWcagViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Registrar los comentarios marcados" }).ClickAsync();
        await page.WaitForURLAsync($"**/staff/ejercicios/{exerciseId}/mesa");
        var stored = app.Factory.WithDb(db => db.CitizenQuestions.Where(q => q.ExerciseId == exerciseId).Select(q => new { q.CitizenName, q.Text }).ToList());
        Assert.Equal([new { CitizenName = (string?)"Carlos Ruiz", Text = "¿Qué pasó con el parque de Siloé?" }], stored);
    }
}
