using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rinde.Features.BackOffice;
using Rinde.Features.Questions;
using Rinde.Infrastructure;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Messages;

/// <summary>Extension and transfer through the API: refused with the law's reason, notified to the citizen, shown to the public.</summary>
public abstract class LegalTrailApiTests(RindeFactory factory, LoopbackSmtp smtp)
{
    private static DateOnly Today => ColombiaTime.Today(TimeProvider.System);

    private async Task<(int ExerciseId, int Id, int Number, string Email)> QuestionAsync(Action<CitizenQuestion> setUp)
    {
        var exerciseId = TestExercises.Create(factory, TestExercises.Tomorrow);
        var email = $"tramite.{Guid.NewGuid():N}"[..20] + "@correo.co";
        var response = await factory.CreateClient().PostAsJsonAsync($"/api/v1/exercises/{exerciseId}/questions",
            new { text = "¿Quién arregla el semáforo?", email, citizenName = "Rosa Díaz", consent = true });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var id = body.RootElement.GetProperty("id").GetInt32();
        factory.WithDb(db =>
        {
            setUp(db.CitizenQuestions.Single(q => q.Id == id));
            return db.SaveChanges();
        });
        return (exerciseId, id, body.RootElement.GetProperty("number").GetInt32(), email);
    }

    // The link the citizen's messages carry (the question itself may not be published).
    private string FollowPath(int exerciseId, int id) =>
        PublicQuestions.FollowPath(exerciseId, factory.WithDb(db => db.CitizenQuestions.Single(q => q.Id == id).FollowCode));

    private static async Task<string> DetailAsync(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("detail").GetString()!;
    }

    [Fact]
    public async Task An_extension_within_twice_the_term_is_recorded_notified_and_shown_and_beyond_it_is_refused()
    {
        var deadline = ColombianCalendar.AddBusinessDays(Today, 2);
        var (exerciseId, id, number, email) = await QuestionAsync(q => q.Deadline = deadline);
        var staff = await factory.CreateStaffClientAsync();
        var latest = ColombianCalendar.AddBusinessDays(deadline, 30);
        var beyond = await staff.PostAsJsonAsync($"/api/v1/questions/{id}/extension",
            new { reason = "Falta información", newDeadline = ColombianCalendar.AddBusinessDays(latest, 1) });
        Assert.Equal(HttpStatusCode.Conflict, beyond.StatusCode);
        Assert.Contains("no puede pasar del doble del término inicial", await DetailAsync(beyond));
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PostAsJsonAsync($"/api/v1/questions/{id}/extension", new { newDeadline = latest })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PostAsJsonAsync($"/api/v1/questions/{id}/extension", new { reason = "Sin fecha" })).StatusCode);

        var ok = await staff.PostAsJsonAsync($"/api/v1/questions/{id}/extension", new { reason = "Requiere visita técnica", newDeadline = latest });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        await LoopbackSmtp.UntilAsync(() => smtp.To(email).Count == 2, TimeSpan.FromSeconds(20), "aviso de prórroga");
        var notice = smtp.To(email)[1];
        Assert.Equal($"Prórroga del plazo de su pregunta n.º {number} · Diálogo de prueba", notice.Message.Subject);
        Assert.Contains("Requiere visita técnica", notice.Text);
        Assert.Contains(Rinde.Infrastructure.EsCo.LongDate(latest), notice.Text);
        Assert.Contains(Rinde.Infrastructure.EsCo.LongDate(deadline), notice.Text);

        var follow = await factory.CreateClient().GetStringAsync(FollowPath(exerciseId, id));
        Assert.Contains("En trámite, con prórroga", follow);
        Assert.Contains("Requiere visita técnica", follow);
        Assert.Equal(latest, factory.WithDb(db => db.CitizenQuestions.Single(q => q.Id == id).Deadline));
    }

    [Fact]
    public async Task After_the_deadline_no_extension_and_after_5_business_days_no_transfer()
    {
        var received = ColombiaTime.ToUtc(Today.AddDays(-12).ToDateTime(new TimeOnly(10, 0)));
        var (_, id, _, email) = await QuestionAsync(q => { q.Deadline = Today.AddDays(-1); q.ReceivedAt = received; });
        var staff = await factory.CreateStaffClientAsync();
        var late = await staff.PostAsJsonAsync($"/api/v1/questions/{id}/extension",
            new { reason = "Tarde", newDeadline = ColombianCalendar.AddBusinessDays(Today, 3) });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.StartsWith("El plazo venció el", await DetailAsync(late));
        var transfer = await staff.PostAsJsonAsync($"/api/v1/questions/{id}/transfer", new { entity = "Gobernación del Valle", reason = "Competencia" });
        Assert.Equal(HttpStatusCode.Conflict, transfer.StatusCode);
        Assert.Contains("dentro de los 5 días hábiles siguientes al recibo", await DetailAsync(transfer));
        await LoopbackSmtp.UntilAsync(() => smtp.To(email).Count >= 1, TimeSpan.FromSeconds(20), "el acuse de recibo");
        Assert.Single(smtp.To(email)); // the receipt only
    }

    [Fact]
    public async Task A_transfer_in_time_names_the_competent_entity_to_the_citizen_and_on_the_follow_page()
    {
        var (exerciseId, id, number, email) = await QuestionAsync(q => q.Deadline = ColombianCalendar.AddBusinessDays(Today, 10));
        var staff = await factory.CreateStaffClientAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PostAsJsonAsync($"/api/v1/questions/{id}/transfer", new { entity = " ", reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PostAsJsonAsync($"/api/v1/questions/{id}/transfer",
            new { entity = new string('x', 2001), reason = "x" })).StatusCode);
        var ok = await staff.PostAsJsonAsync($"/api/v1/questions/{id}/transfer",
            new { entity = "Secretaría de Movilidad de Cali", reason = "Los semáforos son de su competencia" });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var again = await staff.PostAsJsonAsync($"/api/v1/questions/{id}/transfer", new { entity = "Otra", reason = "x" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        await LoopbackSmtp.UntilAsync(() => smtp.To(email).Count == 2, TimeSpan.FromSeconds(20), "aviso de traslado");
        var notice = smtp.To(email)[1];
        Assert.Contains("Secretaría de Movilidad de Cali", notice.Message.Subject);
        Assert.Contains("Los semáforos son de su competencia", notice.Text);
        Assert.Contains("artículo 21", notice.Text);
        var follow = await factory.CreateClient().GetStringAsync(FollowPath(exerciseId, id));
        Assert.Contains("Trasladada a otra entidad", follow);
    }
}

public sealed class SqliteLegalTrailApiTests(MailedFactory<SqliteFactory> f) : LegalTrailApiTests(f.Rinde, f.Smtp), IClassFixture<MailedFactory<SqliteFactory>>;

public sealed class PostgresLegalTrailApiTests(MailedFactory<PostgresFactory> f) : LegalTrailApiTests(f.Rinde, f.Smtp), IClassFixture<MailedFactory<PostgresFactory>>;
