using Rinde.Features.Commitments;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Portal;

public abstract class PublicCommitmentsTests(RindeFactory factory)
{
    [Fact]
    public async Task Everyone_follows_commitments_overdue_ones_stand_out_and_one_born_from_a_question_links_to_it()
    {
        var exerciseId = TestExercises.Create(factory, new DateOnly(2024, 3, 1));
        factory.WithDb(db =>
        {
            var question = new Rinde.Features.Questions.CitizenQuestion { ExerciseId = exerciseId, Number = 7, Text = "¿Y la vía?", Anonymous = true };
            db.CitizenQuestions.Add(question);
            db.SaveChanges();
            db.Commitments.AddRange(
                new Commitment { ExerciseId = exerciseId, Order = 0, Description = "Pavimentar la vía", Owner = "Infraestructura", DueDate = new DateOnly(2024, 6, 30), QuestionId = question.Id },
                new Commitment { ExerciseId = exerciseId, Order = 1, Description = "Publicar el acta", Owner = "Equipo articulador", DueDate = new DateOnly(2024, 3, 15), Status = CommitmentStatus.Cumplido });
            return db.SaveChanges();
        });
        var page = HtmlForms.Parse(await factory.CreateClient().GetStringAsync($"/compromisos/{exerciseId}"));
        var rows = page.QuerySelectorAll("tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Contains("overdue", rows[0].ClassName);
        Assert.Contains("Vencido", rows[0].TextContent);
        Assert.NotNull(rows[0].QuerySelector($"a[href='/ejercicios/{exerciseId}/preguntas/7']"));
        Assert.DoesNotContain("Vencido", rows[1].TextContent);
        Assert.Contains("30/jun/2024", rows[0].TextContent);

        var all = await factory.CreateClient().GetStringAsync("/compromisos");
        Assert.Contains("Pavimentar la vía", all);
        Assert.Contains("Enviar acta al DADII", all); // the demo's
    }
}

public sealed class SqlitePublicCommitmentsTests(SqliteFactory factory) : PublicCommitmentsTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresPublicCommitmentsTests(PostgresFactory factory) : PublicCommitmentsTests(factory), IClassFixture<PostgresFactory>;

public abstract class CommitmentProgressTests(RindeFactory factory)
{
    [Fact]
    public async Task Progress_is_recorded_after_the_acta_is_published_and_shown_to_everyone()
    {
        var (exerciseId, commitmentId) = factory.WithDb(db =>
        {
            var demo = db.Exercises.Single(e => e.ActaNumber == "4112.020.14.12.56");
            return (demo.Id, db.Commitments.Where(c => c.ExerciseId == demo.Id).OrderBy(c => c.Order).First().Id);
        });
        var browser = await StaffBrowser.SignInAsync(factory);
        var saved = await browser.SubmitAsync($"/staff/ejercicios/{exerciseId}/compromisos/{commitmentId}/avances",
            [("Input.Date", "2021-11-23"), ("Input.Note", "Se envió el acta al DADII por correo.")], "Save");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
        var page = await factory.CreateClient().GetStringAsync($"/compromisos/{exerciseId}");
        Assert.Contains("23/nov/2021: Se envió el acta al DADII por correo.", page);
    }
}

public abstract class ScheduleFollowUpTests(RindeFactory factory)
{
    [Fact]
    public async Task Overdue_schedule_activities_and_commitments_stand_out_for_staff()
    {
        var exerciseId = TestExercises.Create(factory, new DateOnly(2024, 3, 1));
        factory.WithDb(db =>
        {
            db.ScheduleActivities.AddRange(
                new Rinde.Features.Exercises.ScheduleActivity { ExerciseId = exerciseId, Order = 0, Activity = "Convocar", DueDate = new DateOnly(2024, 2, 20) },
                new Rinde.Features.Exercises.ScheduleActivity { ExerciseId = exerciseId, Order = 1, Activity = "Publicar", DueDate = new DateOnly(2024, 2, 21), DoneDate = new DateOnly(2024, 2, 21) });
            db.Commitments.Add(new Commitment { ExerciseId = exerciseId, Description = "Responder", DueDate = new DateOnly(2024, 3, 20) });
            return db.SaveChanges();
        });
        var browser = await StaffBrowser.SignInAsync(factory);
        var schedule = (await browser.GetAsync($"/staff/ejercicios/{exerciseId}/cronograma")).QuerySelectorAll("tbody tr");
        Assert.Contains("Vencida", schedule[0].TextContent);
        Assert.Contains("Cumplida", schedule[1].TextContent);
        var commitments = (await browser.GetAsync($"/staff/ejercicios/{exerciseId}/compromisos")).QuerySelector("tbody tr")!;
        Assert.NotNull(commitments.QuerySelector(".overdue-mark"));

        var activityId = factory.WithDb(db => db.ScheduleActivities.Single(a => a.ExerciseId == exerciseId && a.Activity == "Convocar").Id);
        var saved = await browser.SubmitAsync($"/staff/ejercicios/{exerciseId}/cronograma/{activityId}/avances",
            [("Input.Date", "2024-02-22"), ("Input.Note", "Se enviaron las invitaciones.")], "Save",
            ("Input.Evidence", "invitacion.pdf", [.. "%PDF-1.4 invitación"u8]));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
        var progress = factory.WithDb(db => db.ScheduleProgress.Single(p => p.ScheduleActivityId == activityId));
        Assert.Equal("Se enviaron las invitaciones.", progress.Note);
        Assert.NotNull(progress.EvidenceFileId);
    }
}

public sealed class SqliteScheduleFollowUpTests(SqliteFactory factory) : ScheduleFollowUpTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresScheduleFollowUpTests(PostgresFactory factory) : ScheduleFollowUpTests(factory), IClassFixture<PostgresFactory>;

public sealed class SqliteCommitmentProgressTests(SqliteFactory factory) : CommitmentProgressTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresCommitmentProgressTests(PostgresFactory factory) : CommitmentProgressTests(factory), IClassFixture<PostgresFactory>;
