using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rinde.Features.Messages;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Messages;

/// <summary>What citizens receive through a real SMTP server: receipt, answer, duplicates, unsubscribe.</summary>
public abstract class CitizenMessagesTests(RindeFactory factory, LoopbackSmtp smtp)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private async Task<(int Id, int Number)> AskAsync(int exerciseId, string text, string? email, string? name = null, bool consent = true)
    {
        var response = await factory.CreateClient().PostAsJsonAsync($"/api/v1/exercises/{exerciseId}/questions",
            new { text, email, citizenName = name, consent, anonymous = email is null && name is null });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (body.RootElement.GetProperty("id").GetInt32(), body.RootElement.GetProperty("number").GetInt32());
    }

    private static string Unique(string user) => $"{user}.{Guid.NewGuid():N}"[..20] + "@correo.co";

    private Task UntilAsync(string address, int count) =>
        LoopbackSmtp.UntilAsync(() => smtp.To(address).Count >= count, Wait, $"{count} mensajes para {address}");

    [Fact]
    public async Task A_citizen_gets_a_receipt_and_then_the_answer_with_the_follow_link_and_a_way_out()
    {
        var exerciseId = TestExercises.Create(factory, TestExercises.Tomorrow);
        var ana = Unique("ana");
        var (id, number) = await AskAsync(exerciseId, "¿Cuándo arreglan la vía a Pance?", ana, "Ana Gómez");
        await UntilAsync(ana, 1);
        var receipt = smtp.To(ana).Single();
        Assert.Equal($"Recibimos su pregunta n.º {number} · Diálogo de prueba", receipt.Message.Subject);
        var code = factory.WithDb(db => db.CitizenQuestions.Single(q => q.Id == id).FollowCode);
        var follow = $"https://rinde.prueba.gov.co/ejercicios/{exerciseId}/seguimiento/{code}";
        Assert.Contains(follow, receipt.Text);
        Assert.Contains($"href=\"{follow}\"", receipt.Html);
        Assert.Contains("Ana Gómez", receipt.Text);
        Assert.Contains("Ley 1755 de 2015", receipt.Text);
        Assert.Equal("notificaciones@prueba.gov.co", receipt.Message.From.Mailboxes.Single().Address);
        Assert.StartsWith("<https://rinde.prueba.gov.co/correo/baja?t=", receipt.Message.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", receipt.Message.Headers["List-Unsubscribe-Post"]);

        var staff = await factory.CreateStaffClientAsync();
        (await staff.PostAsJsonAsync($"/api/v1/questions/{id}/answer", new { text = "La obra empieza en marzo.", answeredLive = false }))
            .EnsureSuccessStatusCode();
        await UntilAsync(ana, 2);
        var answer = smtp.To(ana)[1];
        Assert.Equal($"Respuesta a su pregunta n.º {number} · Diálogo de prueba", answer.Message.Subject);
        Assert.Contains("La obra empieza en marzo.", answer.Text);
        Assert.Contains("por escrito", answer.Text);
        Assert.Contains(follow, answer.Text);

        // Marked sent with the Message-ID the server received.
        var stored = await factory.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.QuestionId == id).OrderBy(m => m.Id).ToListAsync());
        Assert.Equal([receipt.Message.MessageId, answer.Message.MessageId], stored.Select(m => m.MessageId));
        await LoopbackSmtp.UntilAsync(() => factory.WithDb(db => db.Set<OutboxMessage>().Count(m => m.QuestionId == id && m.State == OutboxState.Enviado)) == 2,
            Wait, "los dos mensajes marcados como enviados");
    }

    [Fact]
    public async Task Without_consent_or_anonymous_nobody_is_written_to()
    {
        var exerciseId = TestExercises.Create(factory, TestExercises.Tomorrow);
        var refused = await factory.CreateClient().PostAsJsonAsync($"/api/v1/exercises/{exerciseId}/questions",
            new { text = "Pregunta sin autorización", email = Unique("sin"), consent = false });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var (id, _) = await AskAsync(exerciseId, "Pregunta anónima de prueba", null);
        var staff = await factory.CreateStaffClientAsync();
        (await staff.PostAsJsonAsync($"/api/v1/questions/{id}/answer", new { text = "Respuesta", answeredLive = true })).EnsureSuccessStatusCode();
        Assert.Equal(0, factory.WithDb(db => db.Set<OutboxMessage>().Count(m => m.QuestionId == id)));
    }

    [Fact]
    public async Task Askers_of_merged_duplicates_each_get_the_answer_and_never_learn_of_each_other()
    {
        var exerciseId = TestExercises.Create(factory, TestExercises.Tomorrow);
        var (ana, luis, marta) = (Unique("ana"), Unique("luis"), Unique("marta"));
        var first = await AskAsync(exerciseId, "¿Qué pasa con el alumbrado?", ana, "Ana Gómez");
        var second = await AskAsync(exerciseId, "¿Y el alumbrado del parque?", luis, "Luis Mora");
        await UntilAsync(luis, 1);
        var staff = await factory.CreateStaffClientAsync();
        (await staff.PostAsJsonAsync($"/api/v1/questions/{second.Id}/merge", new { intoNumber = first.Number })).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"/api/v1/questions/{first.Id}/answer", new { text = "Se cambian las luminarias en abril.", answeredLive = true }))
            .EnsureSuccessStatusCode();
        await UntilAsync(ana, 2);
        await UntilAsync(luis, 2);
        // A duplicate merged after the answer gets the answer at once.
        var third = await AskAsync(exerciseId, "Alumbrado público otra vez", marta, "Marta Ruiz");
        (await staff.PostAsJsonAsync($"/api/v1/questions/{third.Id}/merge", new { intoNumber = first.Number })).EnsureSuccessStatusCode();
        await UntilAsync(marta, 2);

        var toLuis = smtp.To(luis)[1];
        Assert.Contains("Se cambian las luminarias en abril.", toLuis.Text);
        Assert.Contains($"n.º {second.Number}", toLuis.Message.Subject);
        foreach (var (address, others) in new[] { (luis, new[] { ana, "Ana Gómez", marta, "Marta Ruiz" }), (marta, [ana, "Ana Gómez", luis, "Luis Mora"]), (ana, [luis, "Luis Mora", marta, "Marta Ruiz"]) })
        {
            foreach (var received in smtp.To(address))
            {
                Assert.Equal([address], received.Envelope);
                Assert.Equal(address, received.To);
                var whole = received.Message.ToString();
                Assert.All(others, other => Assert.DoesNotContain(other, whole, StringComparison.OrdinalIgnoreCase));
            }
        }
    }

    [Fact]
    public async Task An_unsubscribed_address_gets_nothing_more_and_a_forged_link_unsubscribes_nobody()
    {
        var exerciseId = TestExercises.Create(factory, TestExercises.Tomorrow);
        var ana = Unique("ana");
        var (id, _) = await AskAsync(exerciseId, "Pregunta antes de darse de baja", ana);
        await UntilAsync(ana, 1);
        var link = smtp.To(ana).Single().Message.Headers["List-Unsubscribe"]!.Trim('<', '>');
        var path = new Uri(link).PathAndQuery;
        var browser = factory.CreateClient();
        var page = await browser.GetStringAsync(path);
        Assert.Contains(ana, page);
        Assert.Equal(0, factory.WithDb(db => db.Set<MailSuppression>().Count(s => s.Address == ana)));

        var forged = await browser.PostAsync(path[..^4] + "AAAA", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync("/correo/baja?t=%00%0d%0a<script>")).StatusCode);
        // RFC 8058 one-click: the mail client posts "List-Unsubscribe=One-Click" to the link itself.
        var oneClick = await browser.PostAsync(path, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.Equal(1, factory.WithDb(db => db.Set<MailSuppression>().Count(s => s.Address == ana)));

        var staff = await factory.CreateStaffClientAsync();
        (await staff.PostAsJsonAsync($"/api/v1/questions/{id}/answer", new { text = "Respuesta tardía", answeredLive = false })).EnsureSuccessStatusCode();
        var (other, _) = await AskAsync(exerciseId, "Otra pregunta con la misma dirección", ana.ToUpperInvariant());
        Assert.Equal(0, factory.WithDb(db => db.Set<OutboxMessage>().Count(m => m.QuestionId == id && m.Kind == CitizenMessages.Kinds.Answer)));
        Assert.Equal(0, factory.WithDb(db => db.Set<OutboxMessage>().Count(m => m.QuestionId == other)));
        Assert.Single(smtp.To(ana));
    }
}

public sealed class SqliteCitizenMessagesTests(MailedFactory<SqliteFactory> f) : CitizenMessagesTests(f.Rinde, f.Smtp), IClassFixture<MailedFactory<SqliteFactory>>;

public sealed class PostgresCitizenMessagesTests(MailedFactory<PostgresFactory> f) : CitizenMessagesTests(f.Rinde, f.Smtp), IClassFixture<MailedFactory<PostgresFactory>>;
