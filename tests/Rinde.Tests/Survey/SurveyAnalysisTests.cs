using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Rinde.Features.Survey;
using Rinde.Features.Survey.Questionnaire;
using Rinde.Features.Survey.Responses;
using Rinde.Features.Survey.Results;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Survey;

/// <summary>
/// The survey counted by the database gives what counting the loaded records gives (the acta's
/// path), and the team's results page, cross-tabulation and downloads show those numbers.
/// </summary>
public abstract class SurveyAnalysisTests(RindeFactory factory)
{
    private const string Rating = "¿Cómo califica la actividad de Rendición de Cuentas de este organismo?";

    private int DemoId => factory.WithDb(db => db.Exercises.Single(e => e.ActaNumber == "4112.020.14.12.56").Id);

    private (List<SurveyQuestion> Questions, List<SurveyResponse> Responses) Loaded(int id) => factory.WithDb(db => (
        db.SurveyQuestions.Where(q => q.ExerciseId == id).Include(q => q.Options).AsNoTracking().OrderBy(q => q.Order).ToList(),
        db.SurveyResponses.Where(r => r.ExerciseId == id).Include(r => r.Answers).AsNoTracking().ToList()));

    [Fact]
    public async Task The_database_count_equals_the_count_of_the_loaded_records()
    {
        var (questions, responses) = Loaded(DemoId);
        var expected = SurveyResults.Compute(questions, responses);
        var actual = await factory.WithDbAsync(db => SurveyAnalysis.ComputeAsync(db, DemoId, int.MaxValue, CancellationToken.None));

        Assert.Equal(19, actual.Count);
        foreach (var (e, a) in expected.Zip(actual))
        {
            Assert.Equal(e.Question, a.Question);
            Assert.Equal((e.Respondents, e.Unanswered, e.Sentence, e.Options.Note), (a.Respondents, a.Unanswered, a.Sentence, a.Options.Note));
            Assert.Equal(e.Options.Rows, a.Options.Rows);
            Assert.Equal(e.Texts.Order(StringComparer.Ordinal), a.Texts.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task The_results_page_shows_each_question_with_sentence_chart_and_table()
    {
        var staff = await factory.CreateStaffClientAsync();
        var html = await staff.GetStringAsync($"/staff/ejercicios/{DemoId}/encuesta/resultados");
        var page = new HtmlParser().ParseDocument(html);

        var rating = page.QuerySelectorAll("section.survey-result").Single(s => s.QuerySelector("h3")!.TextContent == Rating);
        Assert.Contains("El 81,5 % de los encuestados calificó la actividad", rating.QuerySelector(".sentence")!.TextContent);
        var chart = rating.QuerySelector("img.chart")!;
        Assert.StartsWith("data:image/svg+xml;base64,", chart.GetAttribute("src"));
        Assert.Contains("Excelente: 22 (81,5 %)", chart.GetAttribute("alt"));
        var cells = rating.QuerySelectorAll("tbody tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Contains("Excelente|22|81,5 %", cells);
        Assert.Contains("Bueno|5|18,5 %", cells);
        Assert.Equal(19, page.QuerySelectorAll("section.survey-result").Length);
        Assert.Contains("27 respuestas", page.QuerySelector("#resumen-titulo + p")!.TextContent);
    }

    [Fact]
    public async Task A_cross_tabulation_counts_the_people_who_gave_each_pair_of_answers()
    {
        var (questions, responses) = Loaded(DemoId);
        var rows = questions.Single(q => q.Text == "Género");
        var columns = questions.Single(q => q.Text == Rating);
        string? Chosen(SurveyResponse r, SurveyQuestion q) => r.Answers.Where(a => a.SurveyQuestionId == q.Id && a.SurveyOptionId is not null)
            .Select(a => q.Options.Single(o => o.Id == a.SurveyOptionId).Label).SingleOrDefault();

        var staff = await factory.CreateStaffClientAsync();
        var html = await staff.GetStringAsync($"/staff/ejercicios/{DemoId}/encuesta/resultados?fila={rows.Id}&columna={columns.Id}");
        var table = new HtmlParser().ParseDocument(html).QuerySelector("table.crosstab")!;
        var headers = table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToList();
        foreach (var row in table.QuerySelectorAll("tbody tr"))
        {
            var label = row.QuerySelector("th")!.TextContent.Trim();
            var tds = row.QuerySelectorAll("td").ToList();
            var inRow = responses.Where(r => Chosen(r, rows) == label && Chosen(r, columns) is not null).ToList();
            for (var c = 0; c < tds.Count - 1; c++)
            {
                var expected = inRow.Count(r => Chosen(r, columns) == headers[c + 1]);
                Assert.StartsWith(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), tds[c].TextContent.Trim());
            }
            Assert.Equal(inRow.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), tds[^1].TextContent.Trim());
        }
        Assert.Equal(2, table.QuerySelectorAll("tbody tr").Length);

        var same = await staff.GetStringAsync($"/staff/ejercicios/{DemoId}/encuesta/resultados?fila={rows.Id}&columna={rows.Id}");
        Assert.Contains("Elija dos preguntas distintas para cruzar.", same);
    }

    [Fact]
    public async Task Results_download_as_csv_with_colombian_numbers_and_as_xlsx()
    {
        var staff = await factory.CreateStaffClientAsync();
        var csv = await staff.GetByteArrayAsync($"/api/v1/exercises/{DemoId}/survey/results.csv");
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(csv[3..]).Split("\r\n");
        Assert.Equal("N.º;Pregunta;Tipo;Encuestados;Sin responder;Opción;Respuestas;Porcentaje;Frase", lines[0]);
        Assert.Contains(lines, l => l.StartsWith($"15;{Rating};", StringComparison.Ordinal) && l.Contains(";27;0;Excelente;22;81,5;", StringComparison.Ordinal));

        var xlsx = await staff.GetByteArrayAsync($"/api/v1/exercises/{DemoId}/survey/results.xlsx");
        var rows = MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var excelente = rows.Single(r => (string)r["Pregunta"] == Rating && (string)r["Opción"] == "Excelente");
        Assert.Equal(22d, Convert.ToDouble(excelente["Respuestas"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(81.5d, Convert.ToDouble(excelente["Porcentaje"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Every_response_downloads_as_a_row_with_one_column_per_question()
    {
        var (questions, responses) = Loaded(DemoId);
        var staff = await factory.CreateStaffClientAsync();
        var xlsx = await staff.GetByteArrayAsync($"/api/v1/exercises/{DemoId}/survey/responses.xlsx");
        var rows = MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();

        Assert.Equal(responses.Count, rows.Count);
        Assert.Equal(3 + questions.Count, rows[0].Count);
        Assert.Equal(22, rows.Count(r => r[Rating] as string == "Excelente"));

        var csv = await staff.GetStringAsync($"/api/v1/exercises/{DemoId}/survey/responses.csv");
        Assert.Equal(responses.Count + 1, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - CountBreaksInsideQuotes(csv));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/api/v1/exercises/999999/survey/responses.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync($"/api/v1/exercises/{DemoId}/survey/responses.csv")).StatusCode);
    }

    /// <summary>Open answers may hold line breaks; those are inside quotes and are not records.</summary>
    private static int CountBreaksInsideQuotes(string csv)
    {
        var inside = false;
        var count = 0;
        for (var i = 0; i < csv.Length; i++)
        {
            if (csv[i] == '"') inside = !inside;
            else if (inside && csv[i] == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n') count++;
        }
        return count;
    }
}

public sealed class SqliteSurveyAnalysisTests(SqliteFactory factory) : SurveyAnalysisTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresSurveyAnalysisTests(PostgresFactory factory) : SurveyAnalysisTests(factory), IClassFixture<PostgresFactory>;
