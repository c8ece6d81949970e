using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Rinde.Features.Messages;
using Rinde.Tests.Acta;
using Rinde.Tests.Exercises;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Messages;

/// <summary>Staff notices through a real SMTP server: assignment, the acta's steps, the daily digest and its opt-out.</summary>
public abstract class StaffNoticesTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly RindeFactory factory;
    private readonly LoopbackSmtp smtp;

    protected StaffNoticesTests(RindeFactory factory, LoopbackSmtp smtp)
    {
        (this.factory, this.smtp) = (factory, smtp);
        factory.Settings["Digest:Hour"] = "24";
    }

    private Task UntilAsync(string address, int count) =>
        LoopbackSmtp.UntilAsync(() => smtp.To(address).Count >= count, Wait, $"{count} mensajes para {address}");

    [Fact]
    public async Task The_person_a_question_is_assigned_to_gets_a_notice_with_the_desk_link()
    {
        var exercise = TestExercises.Create(factory, TestExercises.Tomorrow);
        var (colleague, _) = await StaffSignIn.CreateColleagueAsync(factory, exercise, "respondedor");
        var asked = await factory.CreateClient().PostAsJsonAsync($"/api/v1/exercises/{exercise}/questions", new { text = "¿Y el alumbrado del parque?", anonymous = true });
        var id = JsonDocument.Parse(await asked.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        var staff = await factory.CreateStaffClientAsync();
        (await staff.PostAsJsonAsync($"/api/v1/questions/{id}/assign", new { person = colleague.ToUpperInvariant() })).EnsureSuccessStatusCode();
        await UntilAsync(colleague, 1);
        var notice = smtp.To(colleague).Single();
        Assert.StartsWith("Se le asignó la pregunta n.º", notice.Message.Subject);
        Assert.Contains("¿Y el alumbrado del parque?", notice.Text);
        Assert.Contains($"https://rinde.prueba.gov.co/staff/ejercicios/{exercise}/mesa", notice.Text);
        Assert.Null(notice.Message.Headers["List-Unsubscribe"]);
    }

    [Fact]
    public async Task Review_notices_reach_the_revisores_and_a_return_reaches_the_articuladores_with_the_comment()
    {
        var staff = await factory.CreateStaffClientAsync();
        var image = await ExerciseDocumentTests.UploadAsync(staff, TestExercise.Png, "i.png");
        var posted = await staff.PostAsJsonAsync("/api/v1/exercises", RichDocument.Build("SN" + Guid.NewGuid().ToString("N")[..6], image));
        posted.EnsureSuccessStatusCode();
        var exercise = JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        var (revisor, _) = await StaffSignIn.CreateColleagueAsync(factory, exercise, "revisor");
        var (articulador, _) = await StaffSignIn.CreateColleagueAsync(factory, exercise, "articulador");

        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/v1/exercises/{exercise}/acta/transitions", new { to = "en_revision" })).StatusCode);
        await UntilAsync(revisor, 1);
        var review = smtp.To(revisor).Single();
        Assert.StartsWith("Un acta espera su revisión", review.Message.Subject);
        Assert.Contains($"https://rinde.prueba.gov.co/staff/ejercicios/{exercise}/acta/estado", review.Text);

        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/v1/exercises/{exercise}/acta/transitions", new { to = "devuelta", comment = "Falta la lista de asistentes" })).StatusCode);
        await UntilAsync(articulador, 1);
        var returned = smtp.To(articulador).Single();
        Assert.StartsWith("El acta fue devuelta", returned.Message.Subject);
        Assert.Contains("Falta la lista de asistentes", returned.Text);
        Assert.Single(smtp.To(revisor));
    }

    [Fact]
    public async Task The_daily_digest_lists_what_is_overdue_once_a_day_and_not_for_who_turned_it_off()
    {
        var exercise = TestExercises.Create(factory, TestExercises.Tomorrow);
        var (wants, _) = await StaffSignIn.CreateColleagueAsync(factory, exercise, "respondedor");
        var (quiet, password) = await StaffSignIn.CreateColleagueAsync(factory, exercise, "respondedor");
        var asked = await factory.CreateClient().PostAsJsonAsync($"/api/v1/exercises/{exercise}/questions", new { text = "¿Cuándo pavimentan?", anonymous = true });
        var id = JsonDocument.Parse(await asked.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        var today = TestExercises.Today(factory);
        factory.WithDb(db => { db.CitizenQuestions.Single(q => q.Id == id).Deadline = today.AddDays(-2); return db.SaveChanges(); });

        var browser = StaffBrowser.Anonymous(factory);
        await StaffSignIn.SignInAsync(browser.Client, quiet, password);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync("/cuenta/avisos", [("Resumen", "false")])).StatusCode);

        var day = today;
        await factory.WithDbAsync(db => DigestWorker.QueueAsync(db, day, DateTime.UtcNow, CancellationToken.None).ContinueWith(_ => 0));
        await factory.WithDbAsync(db => DigestWorker.QueueAsync(db, day, DateTime.UtcNow, CancellationToken.None).ContinueWith(_ => 0));
        await UntilAsync(wants, 1);
        var digest = smtp.To(wants).Single();
        Assert.StartsWith("Resumen de vencimientos", digest.Message.Subject);
        Assert.Contains("VENCIDO", digest.Text);
        Assert.Contains($"https://rinde.prueba.gov.co/staff/ejercicios/{exercise}/mesa", digest.Text);
        Assert.Contains("https://rinde.prueba.gov.co/cuenta/avisos", digest.Text);
        Assert.Empty(smtp.To(quiet));
        Assert.Equal(1, factory.WithDb(db => db.Set<Rinde.Infrastructure.BackgroundJob>().Count(j => j.Id == DigestWorker.IdOf(day))));
    }
}

public sealed class SqliteStaffNoticesTests(MailedFactory<SqliteFactory> f) : StaffNoticesTests(f.Rinde, f.Smtp), IClassFixture<MailedFactory<SqliteFactory>>;

public sealed class PostgresStaffNoticesTests(MailedFactory<PostgresFactory> f) : StaffNoticesTests(f.Rinde, f.Smtp), IClassFixture<MailedFactory<PostgresFactory>>;
