using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rinde.Tests.Acta;
using Rinde.Tests.Infrastructure;
using static Rinde.Tests.BackOffice.BackOfficeSteps;

namespace Rinde.Tests.Exercises;

/// <summary>
/// Issue 8, point 12: the question intake cannot close before the exercise was created or after
/// its dialogue's day, a schedule activity cannot be done in the future, and themes that differ
/// only in case, accents or spaces are one theme, on the pages and in the API alike.
/// </summary>
public abstract class ValidationTests(RindeFactory factory)
{
    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<(StaffBrowser Browser, int Id, DateOnly Date)> FutureExerciseAsync()
    {
        var browser = await StaffBrowser.SignInAsync(factory);
        var date = TestExercises.Today(factory).AddDays(10);
        var dependency = await CreateDependencyAsync(browser, "Secretaría de Cultura " + Guid.NewGuid().ToString("N")[..6]);
        var created = await browser.SubmitAsync("/staff/ejercicios/nuevo",
        [
            ("Input.Title", "Diálogo futuro"), ("Input.DependencyId", dependency.ToString(CultureInfo.InvariantCulture)),
            ("Input.Vigencia", date.Year.ToString(CultureInfo.InvariantCulture)), ("Input.Ordinal", "1"), ("Input.Date", Iso(date)),
            ("Input.Modality", "Virtual"), ("Input.Objective", "Informar"),
        ]);
        return (browser, StaffBrowser.IdFrom(created), date);
    }

    private static async Task<string?> CloseErrorAsync(StaffBrowser browser, int id, string value)
    {
        var response = await browser.SubmitAsync($"/staff/ejercicios/{id}", [("Input.QuestionsCloseAt", value)]);
        return response.StatusCode == HttpStatusCode.Redirect ? null
            : (await StaffBrowser.ParseAsync(response)).QuerySelector("#Input_QuestionsCloseAt-error")?.TextContent;
    }

    [Fact]
    public async Task The_intake_cannot_close_before_the_exercise_was_created_or_after_its_day()
    {
        var (browser, id, date) = await FutureExerciseAsync();
        var yesterday = TestExercises.Today(factory).AddDays(-1);
        Assert.Contains("anterior a la creación del ejercicio", await CloseErrorAsync(browser, id, Iso(yesterday) + "T10:00"));
        Assert.Contains("posterior al día del diálogo", await CloseErrorAsync(browser, id, Iso(date.AddDays(1)) + "T08:00"));
        Assert.Null(factory.WithDb(db => db.Exercises.Single(e => e.Id == id).QuestionsCloseAt));
        // Hostile: absurd years are refused in Spanish instead of overflowing the time zone.
        foreach (var absurd in new[] { "9999-12-31T23:59", "0001-01-01T00:00" })
        {
            Assert.Contains("entre los años 2000 y 2100", await CloseErrorAsync(browser, id, absurd));
        }
        Assert.NotNull(await CloseErrorAsync(browser, id, "mañana <script>"));
        await CloseErrorAsync(browser, id, "2030-01-01\u0000T10:00");
        Assert.Null(factory.WithDb(db => db.Exercises.Single(e => e.Id == id).QuestionsCloseAt));

        Assert.Null(await CloseErrorAsync(browser, id, Iso(date) + "T18:00"));
        Assert.Null(await CloseErrorAsync(browser, id, Iso(date) + "T23:59"));
        Assert.Equal(new DateTime(date.Year, date.Month, date.Day, 23, 59, 0).AddHours(5),
            factory.WithDb(db => db.Exercises.Single(e => e.Id == id).QuestionsCloseAt));
    }

    [Fact]
    public async Task The_api_refuses_the_same_close_times_and_keeps_a_past_dialogues_own()
    {
        var staff = await factory.CreateStaffClientAsync();
        var image = await ExerciseDocumentTests.UploadAsync(staff, TestExercise.Png, "v.png");
        var code = "VA" + Guid.NewGuid().ToString("N")[..6];
        var document = RichDocument.Build(code, image);
        var date = TestExercises.Today(factory).AddDays(10);
        document["date"] = Iso(date);
        document["questionsCloseAt"] = DateTime.UtcNow.AddDays(-2).ToString("O", CultureInfo.InvariantCulture);
        var before = await staff.PostAsJsonAsync("/api/v1/exercises", document);
        Assert.Equal(HttpStatusCode.BadRequest, before.StatusCode);
        Assert.Contains("anterior a la creación", Error(await before.Content.ReadAsStringAsync(), "questionsCloseAt"));

        document["questionsCloseAt"] = Iso(date.AddDays(2)) + "T12:00:00Z";
        var after = await staff.PostAsJsonAsync("/api/v1/exercises", document);
        Assert.Contains("posterior al día del diálogo", Error(await after.Content.ReadAsStringAsync(), "questionsCloseAt"));

        document["date"] = "9999-12-31";
        var absurd = await staff.PostAsJsonAsync("/api/v1/exercises", document);
        Assert.Contains("entre los años 2000 y 2100", Error(await absurd.Content.ReadAsStringAsync(), "date"));

        // A dialogue recorded after it took place keeps the close time it had (RichDocument's).
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync("/api/v1/exercises", RichDocument.Build(code + "P", image))).StatusCode);
    }

    private static string Error(string body, string field)
    {
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), body);
        return string.Join(" ", messages.EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task A_schedule_activity_done_in_the_future_is_refused_on_the_page_and_the_api()
    {
        var browser = await StaffBrowser.SignInAsync(factory);
        var id = await CreateExerciseAsync(browser, "Diálogo con cronograma");
        var url = $"/staff/ejercicios/{id}/cronograma";
        var today = TestExercises.Today(factory);
        var refused = await browser.SubmitAsync(url, [("Input.Activity", "Convocar"), ("Input.DoneDate", Iso(today.AddDays(1)))], "Save");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("es futura", (await StaffBrowser.ParseAsync(refused)).QuerySelector("#Input_DoneDate-error")!.TextContent);
        Assert.Equal(0, factory.WithDb(db => db.ScheduleActivities.Count(a => a.ExerciseId == id)));
        await AddAsync(browser, url, ("Input.Activity", "Convocar"), ("Input.DoneDate", Iso(today)));

        var staff = await factory.CreateStaffClientAsync();
        var document = JsonNode.Parse(await staff.GetStringAsync($"/api/v1/exercises/{id}"))!;
        document["schedule"]![0]!["doneDate"] = Iso(today.AddDays(30));
        var put = await staff.PutAsJsonAsync($"/api/v1/exercises/{id}", document);
        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Contains("es futura", Error(await put.Content.ReadAsStringAsync(), "schedule[0].doneDate"));
    }

    [Fact]
    public async Task The_api_refuses_themes_that_differ_only_in_case_accents_or_spaces_and_matches_questions_to_them()
    {
        var staff = await factory.CreateStaffClientAsync();
        var image = await ExerciseDocumentTests.UploadAsync(staff, TestExercise.Png, "t.png");
        var document = RichDocument.Build("TH" + Guid.NewGuid().ToString("N")[..6], image);
        document["themes"] = new JsonArray(new JsonObject { ["name"] = "  Tránsito  y   movilidad " }, new JsonObject { ["name"] = "TRANSITO Y MOVILIDAD" },
            new JsonObject { ["name"] = new string('a', 5000) });
        var refused = await staff.PostAsJsonAsync("/api/v1/exercises", document);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var body = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Ya existe el tema «Tránsito y movilidad».", Error(body, "themes[1].name"));
        Assert.Contains("hasta 200 caracteres", Error(body, "themes[2].name"));

        document["themes"] = new JsonArray(new JsonObject { ["name"] = "  Tránsito  y   movilidad " }, new JsonObject { ["name"] = "Vías" });
        foreach (var q in document["questions"]!.AsArray())
        {
            q!["theme"] = q["theme"]!.GetValue<string>() == "Vías" ? "vias" : "transito y movilidad";
        }
        var posted = await staff.PostAsJsonAsync("/api/v1/exercises", document);
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var id = JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        var themes = factory.WithDb(db => db.CitizenQuestions.Where(q => q.ExerciseId == id).OrderBy(q => q.Number).Select(q => q.Theme!.Name).ToList());
        Assert.Equal(["Tránsito y movilidad", "Tránsito y movilidad", "Vías"], themes);
    }
}

public sealed class SqliteValidationTests(SqliteFactory factory) : ValidationTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresValidationTests(PostgresFactory factory) : ValidationTests(factory), IClassFixture<PostgresFactory>;
