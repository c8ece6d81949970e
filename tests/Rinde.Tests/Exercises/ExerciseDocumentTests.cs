using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rinde.Features.Exercises;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Exercises;

public abstract class ExerciseDocumentTests(RindeFactory factory)
{
    /// <summary>A real 1×1 PNG: the upload budgets read its size from its header.</summary>
    internal static readonly byte[] Png = Acta.TestExercise.Png;

    public static async Task<Guid> UploadAsync(HttpClient staff, byte[] bytes, string name)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        var response = await staff.PostAsync("/api/v1/files", form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
    }

    internal static async Task<int> PostAsync(HttpClient staff, JsonNode document)
    {
        var response = await staff.PostAsJsonAsync("/api/v1/exercises", document);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        Assert.NotNull(response.Headers.Location);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
    }

    /// <summary>The document without what a round trip may change: id, status, acta number.</summary>
    internal static JsonObject Comparable(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("id");
        node.Remove("status");
        node.Remove("actaNumber");
        return node;
    }

    [Fact]
    public async Task The_round_trip_is_exact_and_a_posted_exercise_starts_as_a_draft()
    {
        var staff = await factory.CreateStaffClientAsync();
        var code = "RT" + Guid.NewGuid().ToString("N")[..6];
        var image = await UploadAsync(staff, Png, "mapa.png");
        var first = await PostAsync(staff, RichDocument.Build(code, image));
        var firstJson = await staff.GetStringAsync($"/api/v1/exercises/{first}");
        using (var doc = JsonDocument.Parse(firstJson))
        {
            Assert.Equal("borrador", doc.RootElement.GetProperty("status").GetString());
            Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("actaNumber").ValueKind);
        }

        var second = await PostAsync(staff, JsonNode.Parse(firstJson)!);
        var secondJson = await staff.GetStringAsync($"/api/v1/exercises/{second}");
        Assert.NotEqual(first, second);
        Assert.Equal(Comparable(firstJson).ToJsonString(), Comparable(secondJson).ToJsonString());

        // And what was sent is what is kept (apart from the draft state), defaults filled in.
        var typed = JsonSerializer.Deserialize<Rinde.Features.Exercises.Document.ExerciseDocument>(
            RichDocument.Build(code, image).ToJsonString(), Rinde.Infrastructure.JsonSetup.Options);
        var sent = JsonNode.Parse(JsonSerializer.Serialize(typed, Rinde.Infrastructure.JsonSetup.Options))!;
        var kept = Comparable(firstJson);
        Assert.Equal(sent["questions"]!.ToJsonString(), kept["questions"]!.ToJsonString());
        Assert.Equal(sent["survey"]!.ToJsonString(), kept["survey"]!.ToJsonString());
        Assert.Equal(sent["commitments"]!.ToJsonString(), kept["commitments"]!.ToJsonString());
        Assert.Equal(sent["reportSections"]!.ToJsonString(), kept["reportSections"]!.ToJsonString());
    }

    [Fact]
    public async Task Put_replaces_every_part_and_an_approved_exercise_cannot_change()
    {
        var staff = await factory.CreateStaffClientAsync();
        var code = "PU" + Guid.NewGuid().ToString("N")[..6];
        var image = await UploadAsync(staff, Png, "a.png");
        var id = await PostAsync(staff, RichDocument.Build(code, image, questions: 5));
        var replacement = RichDocument.Build(code, image, questions: 2);
        replacement["attendees"] = new JsonArray();
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PutAsJsonAsync($"/api/v1/exercises/{id}", replacement)).StatusCode);
        using (var doc = JsonDocument.Parse(await staff.GetStringAsync($"/api/v1/exercises/{id}")))
        {
            Assert.Equal(2, doc.RootElement.GetProperty("questions").GetArrayLength());
            Assert.Equal(0, doc.RootElement.GetProperty("attendees").GetArrayLength());
        }
        factory.WithDb(db =>
        {
            db.Exercises.Single(e => e.Id == id).Status = Rinde.Features.Exercises.ActaState.Aprobada;
            return db.SaveChanges();
        });
        var refused = await staff.PutAsJsonAsync($"/api/v1/exercises/{id}", replacement);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("ya no se puede cambiar", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_invalid_document_gets_every_invalid_field_in_spanish_and_bad_json_is_a_400()
    {
        var staff = await factory.CreateStaffClientAsync();
        var document = RichDocument.Build("INV" + Guid.NewGuid().ToString("N")[..5], Guid.NewGuid());
        document["title"] = " ";
        document["questions"]![0]!["theme"] = "Tema que no existe";
        document["survey"]!["responses"]![0]!["answers"]![0]!["choices"] = new JsonArray("Regular");
        document["commitments"]![0]!["questionNumber"] = 99;
        var response = await staff.PostAsJsonAsync("/api/v1/exercises", document);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        var fields = errors.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("title", fields);
        Assert.Contains("questions[0].theme", fields);
        Assert.Contains("survey.responses[0].answers[0].choices[0]", fields);
        Assert.Contains("commitments[0].questionNumber", fields);
        Assert.Contains("convocation[0].evidence[0].fileId", fields);
        Assert.Contains("no está entre los temas", errors.GetProperty("questions[0].theme")[0].GetString());

        var badEnum = RichDocument.Build("ENUM" + Guid.NewGuid().ToString("N")[..5], Guid.NewGuid());
        badEnum["modality"] = "teletransportada";
        var bad = await staff.PostAsJsonAsync("/api/v1/exercises", badEnum);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("No se pudo leer la solicitud", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_api_needs_a_token_and_lists_the_published_demo()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/v1/exercises")).StatusCode);
        var list = JsonDocument.Parse(await (await factory.CreateStaffClientAsync()).GetStringAsync("/api/v1/exercises")).RootElement;
        var demo = list.EnumerateArray().Single(e => e.GetProperty("dependency").GetProperty("code").GetString() == "4112");
        Assert.Equal("publicada", demo.GetProperty("status").GetString());
        Assert.Equal("2021-11-17", demo.GetProperty("date").GetString());
    }

    [Fact]
    public async Task An_upload_is_typed_by_its_bytes_not_its_name()
    {
        var staff = await factory.CreateStaffClientAsync();
        using var form = new MultipartFormDataContent { { new ByteArrayContent("esto no es una imagen"u8.ToArray()), "file", "foto.png" } };
        var response = await staff.PostAsync("/api/v1/files", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("no es de un tipo permitido", await response.Content.ReadAsStringAsync());
        var id = await UploadAsync(staff, Png, "x.png");
        var back = await staff.GetAsync($"/api/v1/files/{id}");
        Assert.Equal("image/png", back.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Png, await back.Content.ReadAsByteArrayAsync());
    }
}

public sealed class SqliteExerciseDocumentTests(SqliteFactory factory) : ExerciseDocumentTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresExerciseDocumentTests(PostgresFactory factory) : ExerciseDocumentTests(factory), IClassFixture<PostgresFactory>;
