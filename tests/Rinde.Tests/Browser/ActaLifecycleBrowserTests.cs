using Microsoft.Playwright;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Browser;

/// <summary>The acta's whole path in a browser: draft, review, return with a comment, fix, approve, publish, archive.</summary>
public sealed class ActaLifecycleBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    private static async Task MoveAsync(IPage page, string to, string comment)
    {
        await page.GetByLabel("Pasar el acta a").SelectOptionAsync(new SelectOptionValue { Label = to });
        await page.GetByLabel("Comentario").FillAsync(comment);
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("El acta quedó");
    }

    [Fact]
    public async Task Draft_review_return_fix_approve_publish_and_find_it_in_the_public_archive()
    {
        var exerciseId = TestExercises.Create(app.Factory, TestExercises.Tomorrow, "Seguridad");
        var title = app.Factory.WithDb(db =>
        {
            var e = db.Exercises.Single(x => x.Id == exerciseId);
            e.Title = "Diálogo del archivo " + exerciseId;
            db.SaveChanges();
            return e.Title;
        });
        TestExercises.MakeReady(app.Factory, exerciseId);
        var staff = await app.SignedInStaffPageAsync();
        await staff.GotoAsync($"/staff/ejercicios/{exerciseId}/acta/estado");
        await Accessibility.AssertNoWcagViolationsAsync(staff);

        await MoveAsync(staff, "En revisión", "Lista para revisión");
        await MoveAsync(staff, "Devuelta", "Falta la lista de asistencia");
        await staff.GotoAsync($"/staff/ejercicios/{exerciseId}/participantes");
        await Assertions.Expect(staff.GetByRole(AriaRole.Note)).ToContainTextAsync("Falta la lista de asistencia");
        await Accessibility.AssertNoWcagViolationsAsync(staff);
        await staff.GotoAsync($"/staff/ejercicios/{exerciseId}/acta/estado");
        await MoveAsync(staff, "En revisión", "Se agregó la lista");
        await MoveAsync(staff, "Enviada a aprobación", "Revisada");
        await MoveAsync(staff, "Aprobada", "Aprobada por el DADII");
        await Assertions.Expect(staff.Locator("body")).ToContainTextAsync("Acta No.");
        await MoveAsync(staff, "Publicada", "Publicada en la instancia del organismo");
        await Assertions.Expect(staff.Locator("table").Last).ToContainTextAsync("Falta la lista de asistencia");
        await LiveApp.ShotAsync(staff, "acta-estado");

        var citizen = await app.NewPageAsync();
        await citizen.GotoAsync("/actas");
        await citizen.GetByLabel("Buscar").Last.FillAsync(title);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Buscar" }).ClickAsync();
        var card = citizen.Locator("article.card", new() { HasText = title });
        await Assertions.Expect(card).ToContainTextAsync("SHA-256");
        await Accessibility.AssertNoWcagViolationsAsync(citizen);
        await LiveApp.ShotAsync(citizen, "archivo-publico");
        var download = await citizen.RunAndWaitForDownloadAsync(() => card.GetByText("Descargar DOCX").ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
    }
}
