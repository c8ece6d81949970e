using System.Net;
using System.Text;
using System.Text.Json;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Hostile;

/// <summary>
/// Control characters, non-characters and lone surrogates never reach the database from a form,
/// the API or a stored name, and the acta still generates (and validates) with them.
/// </summary>
public abstract class HostileTextTests(RindeFactory factory)
{
    /// <summary>Each payload as a JSON escape, so the bytes sent are exactly the hostile ones.</summary>
    public static TheoryData<string> JsonEscapes => [@"\u0000", @"\u0001", @"\u001b[31m", @"\ufffe", @"\uffff", @"\u000b\u000c"];

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static string StoredText(RindeFactory factory, int questionId) =>
        factory.WithDb(db => db.CitizenQuestions.Single(q => q.Id == questionId).Text);

    private static void AssertClean(string text)
    {
        Assert.DoesNotContain(text, c => c < ' ' && c is not ('\t' or '\n' or '\r'));
        Assert.DoesNotContain(text, c => c is '\uFFFE' or '\uFFFF');
        for (var i = 0; i < text.Length; i++)
        {
            Assert.True(!char.IsSurrogate(text[i]) || char.IsSurrogatePair(text, i) || (i > 0 && char.IsSurrogatePair(text, i - 1)), $"Suplente suelto en {i}.");
        }
    }

    private Task AssertActaGeneratesAsync(int exerciseId) => ActaChecks.AssertActaGeneratesAsync(factory, exerciseId);

    [Theory]
    [MemberData(nameof(JsonEscapes))]
    public async Task The_intake_api_removes_the_character_and_the_acta_still_generates(string escape)
    {
        var exerciseId = TestExercises.Create(factory, TestExercises.Tomorrow);
        var body = $$"""{"text":"¿Por qué{{escape}} no hay luz{{escape}} en el parque? 👍","anonymous":true,"citizenName":"Ana{{escape}}"}""";
        var response = await factory.CreateClient().PostAsync($"/api/v1/exercises/{exerciseId}/questions", Json(body));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        var text = StoredText(factory, id);
        AssertClean(text);
        Assert.Contains("no hay luz", text);
        Assert.Contains("👍", text);
        await AssertActaGeneratesAsync(exerciseId);
    }

    /// <summary>The legal trail's texts (a transfer's entity and reason) reach the acta's pending list.</summary>
    [Theory]
    [MemberData(nameof(JsonEscapes))]
    public async Task A_transfer_keeps_no_control_character_and_the_acta_still_generates(string escape)
    {
        var exerciseId = TestExercises.Create(factory, TestExercises.Tomorrow);
        var asked = await factory.CreateClient().PostAsync($"/api/v1/exercises/{exerciseId}/questions",
            Json("""{"text":"¿Quién arregla la vía nacional?","anonymous":true}"""));
        var id = JsonDocument.Parse(await asked.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        var staff = await factory.CreateStaffClientAsync();
        var transfer = await staff.PostAsync($"/api/v1/questions/{id}/transfer",
            Json($$"""{"entity":"Instituto{{escape}} Nacional de Vías","reason":"La vía{{escape}} es nacional."}"""));
        Assert.Equal(HttpStatusCode.OK, transfer.StatusCode);
        var stored = factory.WithDb(db => db.CitizenQuestions.Single(q => q.Id == id));
        AssertClean(stored.TransferredTo!);
        AssertClean(stored.TransferReason!);
        Assert.Contains("Nacional de Vías", stored.TransferredTo);
        await AssertActaGeneratesAsync(exerciseId);
    }

    /// <summary>The JSON reader cannot turn an escaped lone surrogate into text: the body is refused in Spanish.</summary>
    [Theory]
    [InlineData(@"\ud800")]
    [InlineData(@"\udc00x")]
    public async Task The_intake_api_refuses_a_lone_surrogate_in_spanish(string escape)
    {
        var exerciseId = TestExercises.Create(factory, TestExercises.Tomorrow);
        var response = await factory.CreateClient().PostAsync($"/api/v1/exercises/{exerciseId}/questions",
            Json($$"""{"text":"¿Hola{{escape}}?","anonymous":true}"""));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("No se pudo leer la solicitud", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, factory.WithDb(db => db.CitizenQuestions.Count(q => q.ExerciseId == exerciseId)));
    }

    [Fact]
    public async Task The_portal_form_removes_control_characters()
    {
        var exerciseId = TestExercises.Create(factory, TestExercises.Tomorrow);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var page = await client.GetDocumentAsync($"/ejercicios/{exerciseId}");
        var response = await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string>
        {
            ["Form.Text"] = "¿Hay\u0001 presupuesto\uFFFE para el barrio?", ["Form.Type"] = "Peticion", ["Form.Consent"] = "true",
        }, $"/ejercicios/{exerciseId}");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var text = factory.WithDb(db => db.CitizenQuestions.Single(q => q.ExerciseId == exerciseId).Text);
        Assert.Equal("¿Hay presupuesto para el barrio?", text);
        await AssertActaGeneratesAsync(exerciseId);
    }

    /// <summary>Rows stored before the rule existed (or written by hand) cannot stop the acta either.</summary>
    [Fact]
    public async Task The_acta_generator_is_defensive_against_stored_control_characters()
    {
        var exerciseId = TestExercises.Create(factory, TestExercises.Tomorrow, "Tema\u0001");
        factory.WithDb(db =>
        {
            db.CitizenQuestions.Add(new() { ExerciseId = exerciseId, Number = 1, Text = "¿Texto\u0001\uFFFE raro?", Answer = "Respuesta\u0002", CitizenName = "Luz\u0003" });
            db.Exercises.Find(exerciseId)!.Place = "Auditorio\u0007";
            return db.SaveChanges();
        });
        await AssertActaGeneratesAsync(exerciseId);
    }
}

public sealed class SqliteHostileTextTests(SqliteFactory factory) : HostileTextTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresHostileTextTests(PostgresFactory factory) : HostileTextTests(factory), IClassFixture<PostgresFactory>;
