using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rinde.Tests.BackOffice;
using Rinde.Tests.Exercises;
using Rinde.Tests.Infrastructure;
using Rinde.Tests.Survey;

namespace Rinde.Tests.Hostile;

/// <summary>
/// The payload classes of the intake tests (control characters, non-characters, script links)
/// sent to the other entry points: the exercise document, the back-office forms, survey imports
/// and uploaded file names. None reaches the database, and the acta still generates.
/// </summary>
public abstract class HostileEntryPointTests(RindeFactory factory)
{
    private const string Hostile = "\u0001\u001b\uFFFE\u000b";

    private static void AssertClean(string? text)
    {
        Assert.NotNull(text);
        Assert.Equal(-1, Rinde.Infrastructure.TextInput.FirstForbidden(text));
    }

    [Fact]
    public async Task The_exercise_document_stores_every_text_without_control_characters()
    {
        var staff = await factory.CreateStaffClientAsync();
        var image = await ExerciseDocumentTests.UploadAsync(staff, ExerciseDocumentTests.Png, "mapa" + Hostile + ".png");
        var document = RichDocument.Build("HE" + Guid.NewGuid().ToString("N")[..6], image);
        document["status"] = "borrador";
        document.Remove("actaNumber");
        foreach (var path in new[] { "title", "objective", "place", "modalityDetail", "eventSource" })
        {
            document[path] = document[path]!.GetValue<string>() + Hostile;
        }
        document["attendees"]![0]!["name"] = "Ana" + Hostile + " Pérez";
        document["reportSections"]![0]!["narrative"] = "Se **instalaron**" + Hostile + " semáforos.";
        document["questions"]![0]!["text"] = "¿Pregunta" + Hostile + " hostil?";

        var id = await ExerciseDocumentTests.PostAsync(staff, document);

        var stored = JsonNode.Parse(await staff.GetStringAsync($"/api/v1/exercises/{id}"))!;
        foreach (var text in Strings(stored))
        {
            AssertClean(text);
        }
        Assert.Equal("Ana Pérez", stored["attendees"]![0]!["name"]!.GetValue<string>());
        Assert.StartsWith("¿Pregunta hostil?", factory.WithDb(db => db.CitizenQuestions.Single(q => q.ExerciseId == id && q.Number == 1).Text));
        AssertClean(factory.WithDb(db => db.Files.Single(f => f.Id == image).FileName));
        await ActaChecks.AssertActaGeneratesAsync(factory, id);
    }

    [Fact]
    public async Task The_general_data_form_refuses_a_script_link_in_spanish_and_cleans_the_text()
    {
        var browser = await StaffBrowser.SignInAsync(factory);
        var id = await BackOfficeSteps.CreateExerciseAsync(browser, "Diálogo hostil " + Guid.NewGuid().ToString("N")[..4]);
        var url = $"/staff/ejercicios/{id}";

        var refused = await browser.SubmitAsync(url, [("Input.Place", "Auditorio"), ("Input.StreamLink", "javascript:alert(document.cookie)")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await StaffBrowser.ParseAsync(refused);
        Assert.Contains("https://", page.QuerySelector("#Input_StreamLink-error")!.TextContent);
        Assert.True(string.IsNullOrEmpty(factory.WithDb(db => db.Exercises.Single(e => e.Id == id).StreamLink)));

        var saved = await browser.SubmitAsync(url, [("Input.Place", "Auditorio" + Hostile + " central"), ("Input.StreamLink", "https://video.example/vivo")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Auditorio central", factory.WithDb(db => db.Exercises.Single(e => e.Id == id).Place));

        var theme = await BackOfficeSteps.AddAsync(browser, $"{url}/preguntas/temas", ("Input.Name", "Movi" + Hostile + "lidad"));
        Assert.Equal("Movilidad", factory.WithDb(db => db.QuestionThemes.Single(t => t.Id == theme).Name));
        await ActaChecks.AssertActaGeneratesAsync(factory, id);
    }

    [Fact]
    public async Task A_survey_import_with_control_characters_stores_clean_answers()
    {
        var id = SurveySetup.WithTemplate(factory, SurveySetup.TodayInColombia);
        var rows = SurveyFiles.Rows.Select((r, i) => r with { Comment = $"Com{Hostile}entario {i}", Age = r.Age + (i == 0 ? Hostile : "") });
        var staff = await factory.CreateStaffClientAsync();

        await SurveySetup.ImportAsync(staff, id, SurveyFiles.GoogleSheet(rows));

        var responses = await SurveySetup.ResponsesAsync(factory, id);
        Assert.Equal(SurveyFiles.Rows.Length, responses.Count);
        var texts = responses.SelectMany(r => r.Answers).Select(a => a.Text).OfType<string>().ToList();
        Assert.Contains("Comentario 0", texts);
        Assert.All(texts, AssertClean);
        await ActaChecks.AssertActaGeneratesAsync(factory, id);
    }

    [Fact]
    public async Task A_citizen_question_with_a_script_link_prints_it_as_text_in_the_acta()
    {
        var id = TestExercises.Create(factory, TestExercises.Tomorrow);
        var asked = await factory.CreateClient().PostAsJsonAsync($"/api/v1/exercises/{id}/questions",
            new { text = "¿Vieron [esto](javascript:alert(1)) y <javascript:alert(2)>?" + Hostile, anonymous = true });
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        var staff = await factory.CreateStaffClientAsync();
        var html = await staff.GetStringAsync($"/api/v1/exercises/{id}/acta.html");
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        await ActaChecks.AssertActaGeneratesAsync(factory, id);
    }

    [Fact]
    public async Task A_pasted_chat_keeps_no_control_character_and_is_capped()
    {
        var id = TestExercises.Create(factory, TestExercises.Tomorrow);
        var browser = await StaffBrowser.SignInAsync(factory);
        var url = $"/staff/ejercicios/{id}/mesa/registrar";
        var token = await StaffBrowser.TokenAsync(browser, url);

        var huge = string.Join("\n", Enumerable.Range(0, 600).Select(i => $"Persona {i}: ¿Pregunta número {i} del chat?"));
        var refused = await browser.PostAsync($"{url}?handler=ChatPreview", [("__RequestVerificationToken", token), ("Chat", huge)]);
        Assert.Contains("pegue a lo sumo 500", (await refused.Content.ReadAsStringAsync()).Replace("&#xE1;", "á", StringComparison.Ordinal));

        var saved = await browser.PostAsync($"{url}?handler=Chat",
        [
            ("__RequestVerificationToken", token), ("Items[0].Selected", "true"),
            ("Items[0].Name", "Ana" + Hostile + " Gómez"), ("Items[0].Text", "¿Cuándo" + Hostile + " abren <script>alert(1)</script>?"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var question = factory.WithDb(db => db.CitizenQuestions.Single(q => q.ExerciseId == id));
        Assert.Equal(("Ana Gómez", "¿Cuándo abren <script>alert(1)</script>?"), (question.CitizenName, question.Text));
        var html = await (await factory.CreateStaffClientAsync()).GetStringAsync($"/api/v1/exercises/{id}/acta.html");
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        await ActaChecks.AssertActaGeneratesAsync(factory, id);
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => [v.GetValue<string>()],
        _ => [],
    };
}

public sealed class SqliteHostileEntryPointTests(SqliteFactory factory) : HostileEntryPointTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresHostileEntryPointTests(PostgresFactory factory) : HostileEntryPointTests(factory), IClassFixture<PostgresFactory>;
