using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Rinde.Tests.Exercises;
using Rinde.Tests.Infrastructure;
using Rinde.Tests.Survey;

namespace Rinde.Tests.Acta;

/// <summary>Section 8 of the acta counts the imported file with the responses typed in, as the results page does.</summary>
public abstract class ImportedSurveyActaTests(RindeFactory factory)
{
    [Fact]
    public async Task Section_8_counts_an_imported_file_with_the_typed_in_responses()
    {
        var staff = await factory.CreateStaffClientAsync();
        var document = RichDocument.Build("IA" + Guid.NewGuid().ToString("N")[..6], await ExerciseDocumentTests.UploadAsync(staff, ExerciseDocumentTests.Png, "mapa.png"));
        var id = await ExerciseDocumentTests.PostAsync(staff, document);
        var typedIn = document["survey"]!["responses"]!.AsArray().Count;
        // Its «Comentarios» column goes to the document's open question of that title.
        await SurveySetup.ImportAsync(staff, id, SurveyFiles.GoogleDownload());

        var html = await staff.GetStringAsync($"/api/v1/exercises/{id}/acta.html");
        var text = new HtmlParser().ParseDocument(html).Body!.TextContent;

        var total = typedIn + SurveyFiles.Rows.Length;
        Assert.Contains($"La encuesta de evaluación fue respondida por {total} personas ({total}).", text);
        Assert.Contains($"Encuesta de evaluación ({total} respuestas).", text);
        var results = (await staff.GetFromJsonAsync<JsonElement>($"/api/v1/exercises/{id}/survey/results")).EnumerateArray().ToList();
        // The document's questions, and the file's but «Comentarios», which it already had.
        Assert.Equal(document["survey"]!["questions"]!.AsArray().Count + SurveyFiles.Questions.Length - 1, results.Count);
        foreach (var result in results)
        {
            var (respondents, unanswered) = (result.GetProperty("respondents").GetInt32(), result.GetProperty("unanswered").GetInt32());
            Assert.Equal(total, respondents + unanswered);
            var who = $"Respondieron esta pregunta {(respondents == 1 ? "una persona" : $"{respondents} personas")}";
            Assert.Contains(unanswered > 0 ? $"{who}; {unanswered} la dejaron sin responder." : who + ".", text);
            Assert.Contains(result.GetProperty("sentence").GetString()!, text);
            foreach (var open in result.GetProperty("texts").EnumerateArray())
            {
                Assert.Contains(open.GetString()!.Split('\n')[0], text);
            }
        }
        var comments = results.Single(r => r.GetProperty("question").GetString() == "Comentarios");
        Assert.Equal(1 + SurveyFiles.Rows.Count(r => r.Comment.Length > 0), comments.GetProperty("texts").GetArrayLength());
    }
}

public sealed class SqliteImportedSurveyActaTests(SqliteFactory factory) : ImportedSurveyActaTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresImportedSurveyActaTests(PostgresFactory factory) : ImportedSurveyActaTests(factory), IClassFixture<PostgresFactory>;
