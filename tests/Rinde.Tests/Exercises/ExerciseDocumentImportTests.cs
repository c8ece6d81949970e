using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Rinde.Features.Survey.Responses;
using Rinde.Features.Survey.Responses.Blocks;
using Rinde.Tests.Infrastructure;
using Rinde.Tests.Survey;

namespace Rinde.Tests.Exercises;

/// <summary>An exercise's document carries its imported responses too, and putting it back neither loses nor doubles them.</summary>
public abstract class ExerciseDocumentImportTests(RindeFactory factory)
{
    [Fact]
    public async Task The_round_trip_keeps_imported_responses_once_and_a_reimport_still_adds_nothing()
    {
        var staff = await factory.CreateStaffClientAsync();
        var image = await ExerciseDocumentTests.UploadAsync(staff, ExerciseDocumentTests.Png, "mapa.png");
        var id = await ExerciseDocumentTests.PostAsync(staff, RichDocument.Build("RI" + Guid.NewGuid().ToString("N")[..6], image));
        await SurveySetup.ImportAsync(staff, id, SurveyFiles.GoogleDownload());
        var typedIn = factory.WithDb(db => db.SurveyResponses.Count(r => r.ExerciseId == id));

        var firstJson = await staff.GetStringAsync($"/api/v1/exercises/{id}");
        var survey = JsonNode.Parse(firstJson)!["survey"]!;
        var responses = survey["responses"]!.AsArray();
        Assert.Equal(typedIn + SurveyFiles.Rows.Length, responses.Count);
        // After the rows, in the file's order, each as a row would say it.
        var imported = responses.Skip(typedIn).ToList();
        Assert.All(imported, r => Assert.Equal("google-forms", (string)r!["origin"]!));
        Assert.All(imported, r => Assert.Matches("^[0-9a-f]{32}$", (string)r!["importKey"]!));
        Assert.Equal(SurveyFiles.Rows.Select(r => new DateTimeOffset(r.Local, TimeSpan.FromHours(-5)).UtcDateTime),
            imported.Select(r => ((DateTime)r!["submittedAt"]!).ToUniversalTime()));
        var numbers = survey["questions"]!.AsArray().ToDictionary(q => (string)q!["text"]!, q => (int)q!["number"]!);
        var first = imported[0]!["answers"]!.AsArray();
        Assert.Equal(new JsonArray("Redes sociales", "Radio").ToJsonString(),
            first.Single(a => (int)a!["question"]! == numbers["¿Cómo se enteró del ejercicio?"])!["choices"]!.ToJsonString());
        Assert.Equal(SurveyFiles.Rows[0].Comment, (string)first.Single(a => (int)a!["question"]! == numbers["Comentarios"])!["text"]!);
        Assert.Equal(first.Select(a => (int)a!["question"]!).Order(), first.Select(a => (int)a!["question"]!));

        Assert.Equal(HttpStatusCode.NoContent, (await staff.PutAsJsonAsync($"/api/v1/exercises/{id}", JsonNode.Parse(firstJson))).StatusCode);
        var secondJson = await staff.GetStringAsync($"/api/v1/exercises/{id}");
        Assert.Equal(ExerciseDocumentTests.Comparable(firstJson).ToJsonString(), ExerciseDocumentTests.Comparable(secondJson).ToJsonString());

        // The document's responses are rows now; the blocks are marked deleted, and the log says so.
        Assert.Equal(responses.Count, await SurveySetup.CountAsync(factory, id));
        Assert.Equal(responses.Count, factory.WithDb(db => db.SurveyResponses.Count(r => r.ExerciseId == id)));
        Assert.False(factory.WithDb(db => db.SurveyResponseBlocks.Any(b => b.ExerciseId == id)));
        Assert.True(factory.WithDb(db => db.SurveyResponseBlocks.IgnoreQueryFilters().Any(b => b.ExerciseId == id)));
        Assert.True(factory.WithDb(db => db.AuditEntries.Any(a => a.Entity == "SurveyImport" && a.Action == "eliminado"
            && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.User == RindeFactory.AdminEmail)));

        using var form = new MultipartFormDataContent { { new ByteArrayContent(SurveyFiles.GoogleDownload()), "file", "otra-vez.csv" } };
        var again = await (await staff.PostAsync($"/api/v1/exercises/{id}/survey/import", form)).Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal((0, SurveyFiles.Rows.Length), ((int)again!["imported"]!, (int)again["skipped"]!));
        Assert.Equal(secondJson, await staff.GetStringAsync($"/api/v1/exercises/{id}"));
    }
}

public sealed class SqliteExerciseDocumentImportTests(SqliteFactory factory) : ExerciseDocumentImportTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresExerciseDocumentImportTests(PostgresFactory factory) : ExerciseDocumentImportTests(factory), IClassFixture<PostgresFactory>;
