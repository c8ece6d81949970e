using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rinde.Features.Contacts;
using Rinde.Features.Messages;
using Rinde.Tests.Infrastructure;
using Rinde.Tests.Messages;
using static Rinde.Tests.Contacts.ContactSetup;

namespace Rinde.Tests.Invitations;

/// <summary>Invitations through a real SMTP server: each contact once, the .ics, the calendar link, and the convocation action in the acta.</summary>
public abstract class InvitationTests(RindeFactory factory, LoopbackSmtp smtp)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    private static string Unique(string user) => $"{user}.{Guid.NewGuid():N}"[..20] + "@correo.co";

    private static async Task<JsonElement> StatusAsync(HttpClient staff, Guid id) =>
        JsonDocument.Parse(await staff.GetStringAsync($"/api/v1/invitations/{id}")).RootElement.Clone();

    [Fact]
    public async Task An_invitation_reaches_each_contact_once_with_the_calendar_and_becomes_a_convocation_action()
    {
        var exercise = TestExercises.Create(factory, TestExercises.Tomorrow);
        var (ana, luis, gone) = (Unique("ana"), Unique("luis"), Unique("baja"));
        var (first, _) = NewList(factory, "Juntas");
        var (second, _) = NewList(factory, "Veedurías");
        var staff = await factory.CreateStaffClientAsync();
        await ImportOkAsync(staff, first, Csv($"Ana Gómez,{ana},JAC,Juntas,2026-01-01,Taller\nLuis,{luis},,,2026-01-01,\nBaja,{gone},,,2026-01-01,\n"));
        await ImportOkAsync(staff, second, Csv($"Ana en otra lista,{ana.ToUpperInvariant()},,,2026-01-01,\n"));
        factory.WithDb(db => { db.Add(new MailSuppression { Address = gone, At = DateTime.UtcNow }); return db.SaveChanges(); });

        var response = await staff.PostAsJsonAsync($"/api/v1/exercises/{exercise}/invitations", new
        {
            lists = new[] { first, second },
            subject = "Le invitamos: {ejercicio} el {fecha}",
            body = "Hola, {nombre}.\n\n**Venga** {hora} a {lugar}. [Inscríbase](javascript:alert(1)) o visite {enlace}.\n\n{como_participar}",
        });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        Assert.EndsWith($"/api/v1/invitations/{id}", response.Headers.Location!.OriginalString);

        await LoopbackSmtp.UntilAsync(() => smtp.To(ana).Count + smtp.To(luis).Count >= 2, Wait, "las dos invitaciones");
        var status = default(JsonElement);
        for (var deadline = DateTime.UtcNow + Wait; DateTime.UtcNow < deadline;)
        {
            status = await StatusAsync(staff, id);
            if (status.GetProperty("state").GetString() == "terminada") break;
            await Task.Delay(200);
        }
        Assert.Equal(("terminada", 2, 2, 0), (status.GetProperty("state").GetString(), status.GetProperty("total").GetInt32(),
            status.GetProperty("sent").GetInt32(), status.GetProperty("failed").GetInt32()));

        var mail = Assert.Single(smtp.To(ana));
        Assert.Single(smtp.To(luis));
        Assert.Empty(smtp.To(gone));
        Assert.StartsWith("Le invitamos: Diálogo de prueba el ", mail.Message.Subject);
        Assert.Contains("Hola, Ana Gómez.", mail.Text);
        Assert.Contains("<strong>Venga</strong>", mail.Html);
        Assert.DoesNotContain("javascript:", mail.Html);
        Assert.Contains($"https://rinde.prueba.gov.co/ejercicios/{exercise}", mail.Text);
        Assert.Contains("https://calendar.google.com/calendar/render?action=TEMPLATE", mail.Html);
        Assert.StartsWith("<https://rinde.prueba.gov.co/correo/baja?t=", mail.Message.Headers["List-Unsubscribe"]);
        Assert.DoesNotContain(luis, mail.Text + mail.Html);
        var ics = Assert.Single(mail.Message.Attachments.OfType<MimeKit.MimePart>());
        Assert.Equal("text/calendar", ics.ContentType.MimeType);
        using (var content = new MemoryStream())
        {
            await ics.Content!.DecodeToAsync(content);
            Assert.Contains($"UID:ejercicio-{exercise}@rinde", System.Text.Encoding.UTF8.GetString(content.ToArray()));
        }

        var action = await factory.WithDbAsync(db => db.ConvocationActions.AsNoTracking().SingleAsync(a => a.ExerciseId == exercise));
        Assert.Equal(("correo electrónico", 2, 0), (action.Channel, action.Delivered, action.Failed));
        Assert.Contains("Juntas", action.Audience);
        var acta = await staff.GetStringAsync($"/api/v1/exercises/{exercise}/acta.html");
        Assert.Contains("2 entregados, 0 fallidos", acta);
    }

    [Fact]
    public async Task The_page_previews_sends_and_follows_the_invitation_with_a_progress_bar()
    {
        var exercise = TestExercises.Create(factory, TestExercises.Tomorrow);
        var (list, _) = NewList(factory, "Lista de la página");
        var marta = Unique("marta");
        await ImportOkAsync(await factory.CreateStaffClientAsync(), list, Csv($"Marta,{marta},,,2026-01-01,\n"));
        var browser = await StaffBrowser.SignInAsync(factory);
        var url = $"/staff/ejercicios/{exercise}/convocatoria/invitaciones";
        var fields = new[] { ("Listas", list.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        // One form, two buttons (formaction): the preview and the sending.
        var form = await browser.GetAsync(url);
        var preview = await browser.SubmitAsync(form, "form[method=post]", url + "?handler=Preview", fields);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains($"Vista previa para {marta}", (await StaffBrowser.ParseAsync(preview)).QuerySelector("main")!.TextContent);
        Assert.Empty(smtp.To(marta));

        var sent = await browser.SubmitAsync(form, "form[method=post]", url + "?handler=Send", fields);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var follow = sent.Headers.Location!.OriginalString;
        var page = await browser.GetAsync(follow);
        Assert.NotNull(page.QuerySelector("progress"));
        await LoopbackSmtp.UntilAsync(() => smtp.To(marta).Count == 1, Wait, "la invitación de Marta");
        var rejected = await browser.SubmitAsync(form, "form[method=post]", url + "?handler=Send", ("Listas", "999999"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, rejected.StatusCode);
        Assert.Contains("no son de sus dependencias", (await StaffBrowser.ParseAsync(rejected)).QuerySelector("main")!.TextContent);
    }
}

public sealed class SqliteInvitationTests(MailedFactory<SqliteFactory> f) : InvitationTests(f.Rinde, f.Smtp), IClassFixture<MailedFactory<SqliteFactory>>;

public sealed class PostgresInvitationTests(MailedFactory<PostgresFactory> f) : InvitationTests(f.Rinde, f.Smtp), IClassFixture<MailedFactory<PostgresFactory>>;
