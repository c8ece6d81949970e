using System.Net;
using Microsoft.EntityFrameworkCore;
using Rinde.Features.Acta;
using Rinde.Features.Exercises;
using Rinde.Tests.Infrastructure;
using static Rinde.Tests.BackOffice.BackOfficeSteps;

namespace Rinde.Tests.BackOffice;

/// <summary>Creating an exercise and its «Datos generales» through the back-office forms.</summary>
public abstract class ExerciseFormsTests(RindeFactory factory)
{
    [Theory]
    [InlineData("/staff/ejercicios/nuevo")]
    [InlineData("/staff/ejercicios/1/participantes")]
    [InlineData("/staff/dependencias")]
    [InlineData("/staff/archivos/0b0b0b0b-0000-0000-0000-000000000000")]
    public async Task Anonymous_users_are_sent_to_sign_in(string url)
    {
        var response = await StaffBrowser.Anonymous(factory).Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/cuenta/ingresar", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task An_exercise_created_through_the_form_is_listed_and_starts_as_borrador()
    {
        var browser = await StaffBrowser.SignInAsync(factory);
        var id = await CreateExerciseAsync(browser, "Segundo diálogo 2021");

        var list = await browser.GetAsync("/staff");
        Assert.NotNull(list.QuerySelector($"a[href='/staff/ejercicios/{id}']"));
        var exercise = factory.WithDb(db => db.Exercises.Include(e => e.Dependency).Single(e => e.Id == id));
        Assert.Equal(("Segundo diálogo 2021", 2021, 2, new DateOnly(2021, 11, 17)), (exercise.Title, exercise.Vigencia, exercise.Ordinal, exercise.Date));
        Assert.Equal(ActaState.Borrador, exercise.Status);
        Assert.StartsWith("Secretaría de Gobierno", exercise.Dependency.Name);
        var page = await browser.GetAsync($"/staff/ejercicios/{id}");
        Assert.Contains("Acta: Borrador", page.QuerySelector(".badge")!.TextContent);
    }

    [Fact]
    public async Task A_missing_title_is_refused_in_spanish_next_to_the_field_and_in_the_summary()
    {
        var browser = await StaffBrowser.SignInAsync(factory);
        var response = await browser.SubmitAsync("/staff/ejercicios/nuevo", [("Input.Title", "  ")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await StaffBrowser.ParseAsync(response);
        Assert.Contains("Escriba el título del ejercicio.", page.QuerySelector("#Input_Title-error")!.TextContent);
        Assert.Contains("Escriba el título del ejercicio.", page.QuerySelector(".error-summary a[href='#Input_Title']")!.TextContent);
        var input = page.QuerySelector("#Input_Title")!;
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Contains("Input_Title-error", input.GetAttribute("aria-describedby"));
        Assert.Equal("Título", page.QuerySelector("label[for=Input_Title]")!.FirstChild!.TextContent.Trim());
    }

    [Fact]
    public async Task General_data_refuse_an_end_time_before_the_start_and_save_valid_ones()
    {
        var browser = await StaffBrowser.SignInAsync(factory);
        var id = await CreateExerciseAsync(browser, "Diálogo con horario");
        var url = $"/staff/ejercicios/{id}";

        var refused = await browser.SubmitAsync(url, [("Input.ScheduledStart", "10:00"), ("Input.ScheduledEnd", "09:00")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await StaffBrowser.ParseAsync(refused);
        Assert.Contains("La hora de fin programada debe ser posterior a la de inicio.", page.QuerySelector("#Input_ScheduledEnd-error")!.TextContent);
        Assert.Null(factory.WithDb(db => db.Exercises.Single(e => e.Id == id).ScheduledStart));

        var saved = await browser.SubmitAsync(url,
        [
            ("Input.ScheduledStart", "09:00"), ("Input.ScheduledEnd", "10:15"), ("Input.Place", "Telepacífico"),
            ("Input.StreamLink", "https://www.facebook.com/alcaldiadecali"), ("Input.Subtitles", "true"),
            ("Input.QuestionsCloseAt", "2021-11-17T09:00"), ("Input.Modality", "Mixta"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var exercise = factory.WithDb(db => db.Exercises.Single(e => e.Id == id));
        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(10, 15), "Telepacífico"), (exercise.ScheduledStart, exercise.ScheduledEnd, exercise.Place));
        Assert.True(exercise.Subtitles);
        Assert.Equal(Modality.Mixta, exercise.Modality);
        // 09:00 in Colombia (UTC−5) is 14:00 UTC.
        Assert.Equal(new DateTime(2021, 11, 17, 14, 0, 0), exercise.QuestionsCloseAt);
        var after = await browser.GetAsync(url);
        Assert.Contains("Se guardaron los datos generales.", after.QuerySelector(".notice")!.TextContent);
    }

    [Fact]
    public async Task A_published_exercise_can_be_read_but_not_edited()
    {
        var browser = await StaffBrowser.SignInAsync(factory);
        var id = await CreateExerciseAsync(browser, "Diálogo publicado");
        var url = $"/staff/ejercicios/{id}/participantes";
        await AddAsync(browser, url, ("Input.Name", "Ana Pérez"), ("Input.Kind", "Asistente"));
        factory.WithDb(db => db.Exercises.Where(e => e.Id == id).ExecuteUpdate(s => s.SetProperty(e => e.Status, ActaState.Publicada)));

        var page = await browser.GetAsync(url);
        Assert.Contains("está publicada", page.QuerySelector(".notice.locked")!.TextContent);
        Assert.Null(page.QuerySelector("#formulario"));
        Assert.Contains("Ver", page.QuerySelector("#fila-" + factory.WithDb(db => db.Participants.Single(p => p.ExerciseId == id).Id) + " a")!.TextContent);

        // The read-only page has no form: any page's token serves, it belongs to the user.
        var token = await StaffBrowser.TokenAsync(browser, "/staff/ejercicios/nuevo");
        var post = await browser.PostAsync(url + "?handler=Save", [("__RequestVerificationToken", token), ("Input.Name", "Intruso")]);
        Assert.Equal(HttpStatusCode.Conflict, post.StatusCode);
        var general = await browser.PostAsync($"/staff/ejercicios/{id}", [("__RequestVerificationToken", token), ("Input.Title", "Otro")]);
        Assert.Equal(HttpStatusCode.Conflict, general.StatusCode);
        Assert.Equal(1, factory.WithDb(db => db.Participants.Count(p => p.ExerciseId == id)));
        Assert.Equal("Diálogo publicado", factory.WithDb(db => db.Exercises.Single(e => e.Id == id).Title));
        // The Spanish 409 page says why and leads to the acta's state, where it can be reopened.
        var refused = await StaffBrowser.ParseAsync(post);
        Assert.Contains("reabrirla", refused.QuerySelector("main")!.TextContent);
        Assert.Equal($"/staff/ejercicios/{id}/acta/estado", refused.QuerySelector("main a.button")!.GetAttribute("href"));
    }
}

public sealed class SqliteExerciseFormsTests(SqliteFactory factory) : ExerciseFormsTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresExerciseFormsTests(PostgresFactory factory) : ExerciseFormsTests(factory), IClassFixture<PostgresFactory>;
