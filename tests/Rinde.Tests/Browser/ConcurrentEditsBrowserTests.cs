using System.Net.Http.Json;
using Microsoft.Playwright;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Browser;

/// <summary>Two staff members at once, each in a browser: nobody's typing is lost or silently overwritten.</summary>
public sealed class ConcurrentEditsBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    private async Task<int> AskAsync(int exerciseId, string text)
    {
        var response = await app.Factory.CreateClient().PostAsJsonAsync($"/api/v1/exercises/{exerciseId}/questions", new { text, anonymous = true });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("number").GetInt32();
    }

    [Fact]
    public async Task On_the_desk_an_answer_saved_after_a_colleagues_is_refused_until_replaced_and_other_cards_keep_their_text()
    {
        var exerciseId = TestExercises.Create(app.Factory, TestExercises.Tomorrow, "Movilidad");
        await AskAsync(exerciseId, "¿Cuándo arreglan el semáforo de la 5?");
        await AskAsync(exerciseId, "¿Habrá ciclorruta en la 10?");
        var ana = await app.SignedInStaffPageAsync();
        var beto = await app.SignedInColleaguePageAsync(exerciseId);
        foreach (var page in new[] { ana, beto })
        {
            await page.GotoAsync($"/staff/ejercicios/{exerciseId}/mesa");
            await Assertions.Expect(page.Locator("#desk-status")).ToContainTextAsync("Conectado");
        }
        var anaFirst = ana.Locator("article.desk-question", new() { HasText = "semáforo" });
        var anaSecond = ana.Locator("article.desk-question", new() { HasText = "ciclorruta" });
        await anaSecond.GetByLabel("Respuesta").FillAsync("Borrador de Ana para la ciclorruta");
        await anaFirst.GetByLabel("Respuesta").FillAsync("Respuesta de Ana: en enero.");

        var betoFirst = beto.Locator("article.desk-question", new() { HasText = "semáforo" });
        await betoFirst.GetByLabel("Respuesta").FillAsync("Respuesta de Beto: la otra semana.");
        await betoFirst.GetByRole(AriaRole.Button, new() { Name = "Guardar respuesta" }).ClickAsync();
        await Assertions.Expect(betoFirst.Locator(".desk-message")).ToContainTextAsync("respondida");

        // Ana's card shows Beto's answer live; her own text stays in the box.
        await Assertions.Expect(anaFirst.Locator(".answer-text")).ToHaveTextAsync("Respuesta de Beto: la otra semana.");
        await anaFirst.GetByRole(AriaRole.Button, new() { Name = "Guardar respuesta" }).ClickAsync();
        await Assertions.Expect(anaFirst.Locator(".desk-message")).ToContainTextAsync("ya tiene una respuesta");
        await Assertions.Expect(anaFirst.Locator("textarea")).ToHaveValueAsync("Respuesta de Ana: en enero.");
        await Assertions.Expect(anaSecond.Locator("textarea")).ToHaveValueAsync("Borrador de Ana para la ciclorruta");
        Assert.Equal("Respuesta de Beto: la otra semana.", app.Factory.WithDb(db => db.CitizenQuestions.Single(q => q.ExerciseId == exerciseId && q.Number == 1).Answer));
        await Accessibility.AssertNoWcagViolationsAsync(ana);

        await anaFirst.GetByRole(AriaRole.Button, new() { Name = "Reemplazar la respuesta" }).ClickAsync();
        await Assertions.Expect(anaFirst.Locator(".answer-text")).ToHaveTextAsync("Respuesta de Ana: en enero.");
        await Assertions.Expect(beto.Locator("article.desk-question", new() { HasText = "semáforo" }).Locator(".answer-text"))
            .ToHaveTextAsync("Respuesta de Ana: en enero.");
        await Assertions.Expect(anaSecond.Locator("textarea")).ToHaveValueAsync("Borrador de Ana para la ciclorruta");
        Assert.Equal("Respuesta de Ana: en enero.", app.Factory.WithDb(db => db.CitizenQuestions.Single(q => q.ExerciseId == exerciseId && q.Number == 1).Answer));
    }

    [Fact]
    public async Task General_data_saved_second_shows_the_first_persons_version_and_keeps_what_was_typed()
    {
        var exerciseId = TestExercises.Create(app.Factory, TestExercises.Tomorrow);
        var ana = await app.SignedInStaffPageAsync();
        var beto = await app.SignedInColleaguePageAsync(exerciseId);
        await ana.GotoAsync($"/staff/ejercicios/{exerciseId}");
        await beto.GotoAsync($"/staff/ejercicios/{exerciseId}");

        await ana.GetByLabel("Lugar").FillAsync("Estudios de Telepacífico");
        await ana.GetByRole(AriaRole.Button, new() { Name = "Guardar datos generales" }).ClickAsync();
        await Assertions.Expect(ana.Locator("main")).ToContainTextAsync("Se guardaron los datos generales.");
        await beto.GetByLabel("Lugar").FillAsync("Concejo de Cali");
        await beto.GetByRole(AriaRole.Button, new() { Name = "Guardar datos generales" }).ClickAsync();

        var conflict = beto.Locator(".edit-conflict");
        await Assertions.Expect(conflict).ToContainTextAsync("Otra persona guardó cambios");
        await Assertions.Expect(conflict.Locator("td.theirs")).ToHaveTextAsync("Estudios de Telepacífico");
        await Assertions.Expect(conflict.Locator("td.yours")).ToHaveTextAsync("Concejo de Cali");
        await Assertions.Expect(beto.GetByLabel("Lugar")).ToHaveValueAsync("Concejo de Cali");
        await Accessibility.AssertNoWcagViolationsAsync(beto);
        Assert.Equal("Estudios de Telepacífico", app.Factory.WithDb(db => db.Exercises.Single(e => e.Id == exerciseId).Place));

        await beto.GetByRole(AriaRole.Button, new() { Name = "Guardar datos generales" }).ClickAsync();
        await Assertions.Expect(beto.Locator("main")).ToContainTextAsync("Se guardaron los datos generales.");
        Assert.Equal("Concejo de Cali", app.Factory.WithDb(db => db.Exercises.Single(e => e.Id == exerciseId).Place));
    }
}
