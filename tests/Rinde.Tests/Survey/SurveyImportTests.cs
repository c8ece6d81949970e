using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rinde.Features.Exercises;
using Rinde.Features.Survey;
using Rinde.Features.Survey.Questionnaire;
using Rinde.Features.Survey.Responses;
using Rinde.Features.Survey.Responses.Blocks;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Survey;

/// <summary>Importing Google Forms and Microsoft Forms exports through the API.</summary>
public abstract class SurveyImportTests(RindeFactory factory)
{
    private sealed record Outcome(HttpStatusCode Status, int Imported, int Skipped, List<Rejection> Rejected);

    private sealed record Rejection(int Row, string Reason);

    private sealed record Body(int Imported, int Skipped, List<Rejection> Rejected);

    [Fact]
    public async Task Both_Google_shapes_give_the_same_results_and_a_reimport_adds_nothing()
    {
        var client = await factory.CreateStaffClientAsync();
        var download = TestExercises.Create(factory, TestExercises.Tomorrow);
        var sheet = TestExercises.Create(factory, TestExercises.Tomorrow);

        var first = await ImportAsync(client, download, SurveyFiles.GoogleDownload(), "respuestas.csv");
        Assert.Equal((HttpStatusCode.OK, 6, 0), (first.Status, first.Imported, first.Skipped));
        Assert.Equal((HttpStatusCode.OK, 6, 0), Short(await ImportAsync(client, sheet, SurveyFiles.GoogleSheet(), "hoja.csv")));

        var results = await ResultsAsync(client, download);
        Assert.Equal(Raw(await ResultsAsync(client, sheet)), Raw(results));
        var questions = factory.WithDb(db => db.SurveyQuestions.Where(q => q.ExerciseId == download).OrderBy(q => q.Order)
            .Include(q => q.Options.OrderBy(o => o.Order)).AsNoTracking().ToList());
        Assert.Equal(
            ["Rango de edad", "¿Cómo se enteró del ejercicio?", "Califique la actividad", "Comentarios", "Valore [Claridad]", "Valore [Tiempo]"],
            questions.Select(q => q.Text));
        Assert.Equal(
            [SurveyQuestionType.SeleccionUnica, SurveyQuestionType.SeleccionMultiple, SurveyQuestionType.Escala,
             SurveyQuestionType.TextoCorto, SurveyQuestionType.SeleccionUnica, SurveyQuestionType.SeleccionUnica],
            questions.Select(q => q.Type));
        Assert.Equal(["18 a 28", "29 a 45", "46 a 60"], questions[0].Options.Select(o => o.Label));
        Assert.Equal(["Redes sociales", "Radio", "Perifoneo"], questions[1].Options.Select(o => o.Label));
        Assert.Equal(["1", "2", "3", "4", "5"], questions[2].Options.Select(o => o.Label));
        Assert.Equal(["Bueno", "Regular", "Malo"], questions[5].Options.Select(o => o.Label));

        var heard = results.Single(r => r.GetProperty("question").GetString() == "¿Cómo se enteró del ejercicio?");
        Assert.Equal(5, heard.GetProperty("respondents").GetInt32());
        Assert.Equal(1, heard.GetProperty("unanswered").GetInt32());
        var counts = heard.GetProperty("options").EnumerateArray().ToDictionary(o => o.GetProperty("label").GetString()!, o => o.GetProperty("count").GetInt32());
        Assert.Equal(4, counts["Redes sociales"]);
        Assert.Equal(1, counts["Un amigo me contó"]);
        var comments = results.Single(r => r.GetProperty("question").GetString() == "Comentarios");
        Assert.Contains("Línea 1\nLínea 2, con \"comillas\"", comments.GetProperty("texts").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(1, comments.GetProperty("unanswered").GetInt32());

        // Imported responses are packed in blocks, not rows; unpacked, they are what the file said.
        var stored = await SurveySetup.ResponsesAsync(factory, download);
        Assert.Equal(6, stored.Count);
        Assert.Equal(0, factory.WithDb(db => db.SurveyResponses.Count(r => r.ExerciseId == download)));
        Assert.All(stored, r => Assert.Equal("google-forms", r.Origin));
        Assert.All(stored, r => Assert.Matches("^[0-9a-f]{32}$", r.ImportKey));
        Assert.Equal(6, stored.Select(r => r.ImportKey).Distinct().Count());
        Assert.DoesNotContain(stored.SelectMany(r => r.Answers), a => a.Text?.Contains('@') == true);
        Assert.Equal(new DateTime(2021, 11, 17, 14, 45, 12, DateTimeKind.Utc), stored.Min(r => r.SubmittedAt));

        Assert.Equal((HttpStatusCode.OK, 0, 6), Short(await ImportAsync(client, download, SurveyFiles.GoogleDownload(), "otra-vez.csv")));
        // The Sheet's copy of the same answers is the same rows.
        Assert.Equal((HttpStatusCode.OK, 0, 6), Short(await ImportAsync(client, download, SurveyFiles.GoogleSheet(), "hoja.csv")));
        Assert.Equal(Raw(results), Raw(await ResultsAsync(client, download)));
        Assert.Equal(6, await SurveySetup.CountAsync(factory, download));

        // Each import leaves one entry in the audit log: who, into which exercise, how many.
        var audit = factory.WithDb(db => db.AuditEntries.Where(a => a.Entity == "SurveyImport" && a.EntityId == download.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(a => a.Id).AsNoTracking().ToList());
        Assert.Equal(3, audit.Count);
        Assert.All(audit, a => Assert.Equal((RindeFactory.AdminEmail, "importado"), (a.User, a.Action)));
        Assert.Contains("\"imported\":6", audit[0].After);
        Assert.Contains("\"skipped\":6", audit[2].After);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_Microsoft_Forms_workbook_gives_the_results_of_the_same_Google_file(bool english)
    {
        var client = await factory.CreateStaffClientAsync();
        var google = TestExercises.Create(factory, TestExercises.Tomorrow);
        var microsoft = TestExercises.Create(factory, TestExercises.Tomorrow);
        await ImportAsync(client, google, SurveyFiles.GoogleDownload(), "respuestas.csv");

        // The name says CSV: the bytes decide.
        var outcome = await ImportAsync(client, microsoft, SurveyFiles.MicrosoftForms(english), "respuestas.csv");

        Assert.Equal((HttpStatusCode.OK, 6, 0), Short(outcome));
        Assert.Equal(Raw(await ResultsAsync(client, google)), Raw(await ResultsAsync(client, microsoft)));
        var stored = await SurveySetup.ResponsesAsync(factory, microsoft);
        Assert.Equal(6, stored.Count);
        Assert.All(stored, r => Assert.Equal("microsoft-forms", r.Origin));
        Assert.DoesNotContain(stored.SelectMany(r => r.Answers).Where(a => a.Text != null).Select(a => a.Text!),
            t => t.Contains('@') || t == "anonymous" || t == "ana");
        Assert.Equal((HttpStatusCode.OK, 0, 6), Short(await ImportAsync(client, microsoft, SurveyFiles.MicrosoftForms(english), "de-nuevo.xlsx")));
        Assert.Equal(6, await SurveySetup.CountAsync(factory, microsoft));
    }

    [Fact]
    public async Task A_file_with_unreadable_rows_is_refused_whole_with_their_numbers()
    {
        var client = await factory.CreateStaffClientAsync();
        var id = TestExercises.Create(factory, TestExercises.Tomorrow);
        var csv = System.Text.Encoding.UTF8.GetString(SurveyFiles.GoogleDownload(stamp: r => r.Local.Day == 18 && r.Local.Hour == 8 ? "ayer" : null!));
        // The last record loses a column.
        var broken = System.Text.Encoding.UTF8.GetBytes(csv.TrimEnd()[..csv.TrimEnd().LastIndexOf(",\"", StringComparison.Ordinal)] + "\r\n");

        var outcome = await ImportAsync(client, id, broken, "respuestas.csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, outcome.Status);
        Assert.Equal(0, outcome.Imported);
        // Row 4 holds a line break, yet the spreadsheet's row numbers count records: the header is row 1.
        Assert.Equal([6, 7], outcome.Rejected.Select(r => r.Row));
        Assert.Contains("«ayer»", outcome.Rejected[0].Reason);
        Assert.Contains("columnas", outcome.Rejected[1].Reason);
        // Nothing was written, not even a block marked as deleted.
        Assert.Equal((0, 0, 0), factory.WithDb(db => (db.SurveyResponses.Count(r => r.ExerciseId == id),
            db.SurveyResponseBlocks.IgnoreQueryFilters().Count(b => b.ExerciseId == id), db.SurveyQuestions.Count(q => q.ExerciseId == id))));
        Assert.False(factory.WithDb(db => db.AuditEntries.Any(a => a.Entity == "SurveyImport" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task A_large_file_gives_the_same_results_in_both_shapes_and_a_reimport_adds_nothing()
    {
        var client = await factory.CreateStaffClientAsync();
        var rows = SurveyFiles.Many(12_000);
        var download = TestExercises.Create(factory, TestExercises.Tomorrow);
        var sheet = TestExercises.Create(factory, TestExercises.Tomorrow);
        // A row emptied by someone who edited the sheet, far past the first rows, is no response.
        var sheetText = System.Text.Encoding.UTF8.GetString(SurveyFiles.GoogleSheet(rows));
        var at = sheetText.IndexOf("\n" + rows[9_000].Local.ToString("dd/MM/yyyy H:mm:ss", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var edited = System.Text.Encoding.UTF8.GetBytes(sheetText[..(at + 1)] + ",,,,,,,\r\n" + sheetText[(at + 1)..]);

        Assert.Equal((HttpStatusCode.OK, 12_000, 0), Short(await ImportAsync(client, download, SurveyFiles.GoogleDownload(rows), "respuestas.csv")));
        Assert.Equal((HttpStatusCode.OK, 12_000, 0), Short(await ImportAsync(client, sheet, edited, "hoja.csv")));

        var results = await ResultsAsync(client, download);
        Assert.Equal(Raw(results), Raw(await ResultsAsync(client, sheet)));
        // Six answers repeated 2 000 times: the counts are the six rows' counts times 2 000.
        var age = results.Single(r => r.GetProperty("question").GetString() == "Rango de edad");
        Assert.Equal(10_000, age.GetProperty("respondents").GetInt32());
        Assert.Equal((HttpStatusCode.OK, 0, 12_000), Short(await ImportAsync(client, download, edited, "hoja-otra-vez.csv")));
        Assert.Equal(12_000, await SurveySetup.CountAsync(factory, download));
    }

    [Fact]
    public async Task A_file_out_of_time_order_keeps_every_respondent_and_adds_nothing_the_second_time()
    {
        var client = await factory.CreateStaffClientAsync();
        var id = TestExercises.Create(factory, TestExercises.Tomorrow);
        // Sorted by someone, newest first; the oldest answers sent twice in one second (two people).
        SurveyFileRow[] rows = [.. SurveyFiles.Rows.Reverse(), SurveyFiles.Rows[0]];

        Assert.Equal((HttpStatusCode.OK, 7, 0), Short(await ImportAsync(client, id, SurveyFiles.GoogleDownload(rows), "ordenado.csv")));
        Assert.Equal(7, await SurveySetup.CountAsync(factory, id));
        Assert.Equal((HttpStatusCode.OK, 0, 7), Short(await ImportAsync(client, id, SurveyFiles.GoogleDownload(rows), "ordenado.csv")));
        Assert.Equal(7, await SurveySetup.CountAsync(factory, id));
    }

    [Fact]
    public async Task Unreadable_rows_far_in_a_large_file_are_reported_with_their_numbers()
    {
        var client = await factory.CreateStaffClientAsync();
        var id = TestExercises.Create(factory, TestExercises.Tomorrow);
        var rows = SurveyFiles.Many(12_000);
        var csv = System.Text.Encoding.UTF8.GetString(SurveyFiles.GoogleDownload(rows, stamp: r => r.Local == rows[7_000].Local ? "ayer" : null!));
        // Row 11 000 loses its last column.
        var last = "\"" + rows[10_999].Local.ToString("yyyy/MM/dd", System.Globalization.CultureInfo.InvariantCulture);
        var start = csv.IndexOf("\n" + last + " " + rows[10_999].Local.ToString("h:mm:ss", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) + 1;
        var end = csv.IndexOf("\r\n", start, StringComparison.Ordinal);
        var broken = csv[..csv.LastIndexOf(",\"", end, StringComparison.Ordinal)] + csv[end..];

        var outcome = await ImportAsync(client, id, System.Text.Encoding.UTF8.GetBytes(broken), "respuestas.csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, outcome.Status);
        // The header is row 1, so the 7 001st response is row 7 002.
        Assert.Equal([7_002, 11_001], outcome.Rejected.Select(r => r.Row));
        Assert.Contains("«ayer»", outcome.Rejected[0].Reason);
        Assert.Contains("columnas", outcome.Rejected[1].Reason);
        Assert.Equal(0, await SurveySetup.CountAsync(factory, id));
    }

    [Fact]
    public async Task Existing_questions_take_the_answers_and_odd_values_stay_typed()
    {
        var client = await factory.CreateStaffClientAsync();
        var id = TestExercises.Create(factory, TestExercises.Tomorrow);
        factory.WithDb(db =>
        {
            db.SurveyQuestions.Add(new SurveyQuestion
            {
                ExerciseId = id, Order = 1, Text = "RANGO DE EDAD", Type = SurveyQuestionType.SeleccionUnica,
                Options = [new() { Label = "18 A 28", Order = 1 }, new() { Label = "29 a 45", Order = 2 }],
            });
            return db.SaveChanges();
        });

        // Rows left empty at the end of an edited sheet are no responses.
        byte[] edited = [.. SurveyFiles.GoogleSheet(), .. ",,,,,,,\r\n\r\n,,,,,,,\r\n"u8];
        Assert.Equal((HttpStatusCode.OK, 6, 0), Short(await ImportAsync(client, id, edited, "hoja.csv")));

        var age = factory.WithDb(db => db.SurveyQuestions.Include(q => q.Options).AsNoTracking().Single(q => q.ExerciseId == id && q.Text == "RANGO DE EDAD"));
        Assert.Equal(2, age.Options.Count);
        var answers = (await SurveySetup.ResponsesAsync(factory, id)).SelectMany(r => r.Answers).Where(a => a.SurveyQuestionId == age.Id).ToList();
        Assert.Equal(4, answers.Count(a => a.SurveyOptionId != null));
        Assert.All(answers.Where(a => a.SurveyOptionId != null), a => Assert.Contains(age.Options, o => o.Id == a.SurveyOptionId));
        Assert.Equal("46 a 60", answers.Single(a => a.SurveyOptionId == null).Text);
        Assert.Equal(6, factory.WithDb(db => db.SurveyQuestions.Count(q => q.ExerciseId == id)));
    }

    [Fact]
    public async Task Something_that_is_no_survey_export_is_refused()
    {
        var client = await factory.CreateStaffClientAsync();
        var id = TestExercises.Create(factory, TestExercises.Tomorrow);
        var outcome = await ImportAsync(client, id, "Nombre,Edad\r\nAna,30\r\n"u8.ToArray(), "otra.csv");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, outcome.Status);
        Assert.Contains("Marca temporal", outcome.Rejected.Single().Reason);
        Assert.Equal(HttpStatusCode.NotFound, (await ImportAsync(client, 987654, SurveyFiles.GoogleSheet(), "x.csv")).Status);

        // A ZIP that is no workbook, and bytes that are no text.
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(archive.CreateEntry("word/document.xml").Open());
            entry.Write("<w:document/>");
        }
        foreach (var bytes in new[] { zip.ToArray(), new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0 } })
        {
            var refused = await ImportAsync(client, id, bytes, "respuestas.xlsx");
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
            Assert.Equal("El archivo no es un CSV de Google Forms ni un XLSX de Microsoft Forms.", refused.Rejected.Single().Reason);
        }
    }

    [Fact]
    public async Task An_approved_acta_takes_no_import()
    {
        var client = await factory.CreateStaffClientAsync();
        var id = TestExercises.Create(factory, TestExercises.Tomorrow);
        factory.WithDb(db => db.Exercises.Where(e => e.Id == id)
            .ExecuteUpdate(s => s.SetProperty(e => e.Status, Rinde.Features.Exercises.ActaState.Aprobada)));

        using var form = new MultipartFormDataContent { { new ByteArrayContent(SurveyFiles.GoogleSheet()), "file", "hoja.csv" } };
        using var response = await client.PostAsync($"/api/v1/exercises/{id}/survey/import", form);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("aprobada", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(0, await SurveySetup.CountAsync(factory, id));
    }

    private static string Raw(List<JsonElement> results) => string.Join("\n", results.Select(r => r.GetRawText()));

    private static (HttpStatusCode, int, int) Short(Outcome o) => (o.Status, o.Imported, o.Skipped);

    private static async Task<Outcome> ImportAsync(HttpClient client, int exerciseId, byte[] bytes, string name)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", name } };
        using var response = await client.PostAsync($"/api/v1/exercises/{exerciseId}/survey/import", form);
        if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.UnprocessableEntity))
        {
            return new Outcome(response.StatusCode, 0, 0, []);
        }
        var body = (await response.Content.ReadFromJsonAsync<Body>())!;
        return new Outcome(response.StatusCode, body.Imported, body.Skipped, body.Rejected);
    }

    private static async Task<List<JsonElement>> ResultsAsync(HttpClient client, int exerciseId) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/v1/exercises/{exerciseId}/survey/results")).EnumerateArray()];
}

public sealed class SqliteSurveyImportTests(SqliteFactory factory) : SurveyImportTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresSurveyImportTests(PostgresFactory factory) : SurveyImportTests(factory), IClassFixture<PostgresFactory>;
