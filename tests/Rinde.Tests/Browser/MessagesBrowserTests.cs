using Microsoft.Playwright;
using MimeKit;
using Rinde.Tests.Contacts;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Browser;

/// <summary>
/// The answer reaches the citizen: asked on the portal with an e-mail, answered on the desk, the
/// message (an .eml: no SMTP server configured) holds the answer and its link opens the follow
/// page. And the new staff pages pass axe.
/// </summary>
public sealed class MessagesBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    private List<MimeMessage> MailTo(string address)
    {
        var folder = Path.Combine(app.Factory.DataDir, "mail");
        return !Directory.Exists(folder) ? [] : Directory.EnumerateFiles(folder, "*.eml").Select(f => MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(b => b.Address == address)).OrderBy(m => m.Date).ToList();
    }

    [Fact]
    public async Task A_citizen_asks_with_an_email_staff_answer_and_the_message_links_to_the_follow_page()
    {
        var exerciseId = TestExercises.Create(app.Factory, TestExercises.Tomorrow, "Movilidad");
        var email = $"carmen.{Guid.NewGuid():N}"[..20] + "@correo.co";
        var citizen = await app.NewPageAsync();
        await citizen.GotoAsync($"/ejercicios/{exerciseId}");
        await citizen.GetByLabel("Su pregunta, propuesta o solicitud").FillAsync("¿Cuándo arreglan el semáforo de la 5?");
        await citizen.GetByLabel("Nombre", new() { Exact = true }).FillAsync("Carmen Rojas");
        await citizen.GetByLabel("Correo electrónico, para avisarle de la respuesta").FillAsync(email);
        await citizen.GetByLabel("Autorizo el tratamiento de mis datos personales").CheckAsync();
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Enviar pregunta" }).ClickAsync();
        await Assertions.Expect(citizen.GetByRole(AriaRole.Status)).ToContainTextAsync("número");

        var desk = await app.SignedInStaffPageAsync();
        await desk.GotoAsync($"/staff/ejercicios/{exerciseId}/mesa");
        var card = desk.Locator("article.desk-question", new() { HasText = "¿Cuándo arreglan el semáforo de la 5?" });
        await card.GetByLabel("Respuesta").FillAsync("La próxima semana, según la Secretaría de Movilidad.");
        await card.GetByRole(AriaRole.Button, new() { Name = "Guardar respuesta" }).ClickAsync();
        await Assertions.Expect(card.Locator(".desk-message")).ToContainTextAsync("respondida");

        await LoopbackSmtp.UntilAsync(() => MailTo(email).Count >= 2, TimeSpan.FromSeconds(30), "el acuse y la respuesta en .eml");
        var answer = MailTo(email).Single(m => (m.Subject ?? "").StartsWith("Respuesta a su pregunta", StringComparison.Ordinal));
        Assert.Contains("La próxima semana, según la Secretaría de Movilidad.", answer.TextBody ?? "");
        var link = (answer.HtmlBody ?? "").Split('"').First(s => s.Contains("/seguimiento/", StringComparison.Ordinal));
        var follow = await app.NewPageAsync();
        await follow.GotoAsync(new Uri(link).PathAndQuery);
        await Assertions.Expect(follow.Locator("main")).ToContainTextAsync("La próxima semana, según la Secretaría de Movilidad.");
        await Accessibility.AssertNoWcagViolationsAsync(follow);
    }

    [Fact]
    public async Task The_contacts_invitations_and_notice_pages_have_no_wcag_violations()
    {
        var exerciseId = TestExercises.Create(app.Factory, TestExercises.Tomorrow);
        var (list, _) = ContactSetup.NewList(app.Factory, "Lista accesible");
        await ContactSetup.ImportOkAsync(await app.Factory.CreateStaffClientAsync(), list, ContactSetup.Csv("Ana,ana@correo.co,JAC,Juntas,2026-01-01,Taller\n"));
        var page = await app.SignedInStaffPageAsync();
        foreach (var url in new[] { "/staff/contactos", $"/staff/contactos/{list}", $"/staff/ejercicios/{exerciseId}/convocatoria/invitaciones", "/cuenta/avisos" })
        {
            await page.GotoAsync(url);
            await Accessibility.AssertNoWcagViolationsAsync(page);
        }
    }
}
