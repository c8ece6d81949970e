using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Rinde.Features.Survey;
using Rinde.Features.Survey.Questionnaire;
using Rinde.Features.Survey.Responses;
using Rinde.Features.Survey.Results;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Survey;

/// <summary>
/// Imported responses live in blocks, typed-in ones in rows: every reader of the survey sees
/// both. An exercise here holds the test file imported plus one response typed in on paper.
/// </summary>
public abstract class ImportedResponsesTests(RindeFactory factory)
{
    /// <summary>The paper response: its answers by question title.</summary>
    private static readonly (string Question, string Answer)[] Paper = [("  Rango  de edad ", "46 a 60"), ("Valore [Claridad]", "Bueno"), ("¿Cómo se enteró del ejercicio?", "Radio")];

    private async Task<int> MixedAsync()
    {
        var id = TestExercises.Create(factory, TestExercises.Tomorrow);
        await SurveySetup.ImportAsync(await factory.CreateStaffClientAsync(), id, SurveyFiles.GoogleDownload());
        var questions = SurveySetup.QuestionsOf(factory, id);
        factory.WithDb(db =>
        {
            db.SurveyResponses.Add(new SurveyResponse
            {
                ExerciseId = id, Origin = "papel", SubmittedAt = new DateTime(2021, 11, 19, 17, 0, 0, DateTimeKind.Utc),
                Answers = [.. Paper.Select(p => Question(questions, p.Question)).Zip(Paper, (q, p) =>
                    new SurveyAnswer { SurveyQuestionId = q.Id, SurveyOptionId = q.Options.Single(o => o.Label == p.Answer).Id })],
            });
            return db.SaveChanges();
        });
        return id;
    }

    private static SurveyQuestion Question(List<SurveyQuestion> questions, string title) => questions.Single(q => q.Text == title.Trim().Replace("  ", " ", StringComparison.Ordinal));

    /// <summary>Each person's answers to a question, from the test data: the file's rows, then the paper response.</summary>
    private static List<string[]> Answers(Func<SurveyFileRow, string[]> fromFile, string title) =>
        [.. SurveyFiles.Rows.Select(fromFile), Paper.Where(p => p.Question == title).Select(p => p.Answer).ToArray()];

    [Fact]
    public async Task The_acta_path_counts_blocks_in_memory_as_the_database_path_does()
    {
        var id = await MixedAsync();
        var questions = SurveySetup.QuestionsOf(factory, id);
        var (rows, blocks) = factory.WithDb(db => (
            db.SurveyResponses.Where(r => r.ExerciseId == id).Include(r => r.Answers).AsNoTracking().ToList(),
            db.SurveyResponseBlocks.Where(b => b.ExerciseId == id).AsNoTracking().ToList()));

        var expected = await factory.WithDbAsync(db => SurveyAnalysis.ComputeAsync(db, id, int.MaxValue, CancellationToken.None));
        var actual = SurveyResults.Compute(questions, rows, blocks);

        Assert.Equal(expected.Count, actual.Count);
        foreach (var (e, a) in expected.Zip(actual))
        {
            Assert.Equal((e.QuestionId, e.Respondents, e.Unanswered, e.Sentence), (a.QuestionId, a.Respondents, a.Unanswered, a.Sentence));
            Assert.Equal(e.Options.Rows, a.Options.Rows);
            Assert.Equal(e.Texts, a.Texts);
        }
        Assert.Equal(SurveyFiles.Rows.Length + 1, actual[0].Respondents + actual[0].Unanswered);
    }

    [Theory]
    [InlineData("¿Cómo se enteró del ejercicio?")]
    [InlineData("Valore [Claridad]")]
    public async Task The_cross_tabulation_counts_imported_and_typed_in_respondents(string columnTitle)
    {
        var id = await MixedAsync();
        var questions = SurveySetup.QuestionsOf(factory, id);
        var results = await factory.WithDbAsync(db => SurveyAnalysis.ComputeAsync(db, id, 0, CancellationToken.None));
        var rows = results.Single(r => r.QuestionId == Question(questions, SurveyFiles.Questions[0]).Id);
        var columns = results.Single(r => r.QuestionId == Question(questions, columnTitle).Id);

        var table = await factory.WithDbAsync(db => SurveyCrossTab.ComputeAsync(db, id, rows, columns, CancellationToken.None));

        var ages = Answers(r => r.Age.Length == 0 ? [] : [r.Age], SurveyFiles.Questions[0]);
        var others = columnTitle == SurveyFiles.Questions[1]
            ? Answers(r => r.Heard, columnTitle) : Answers(r => r.Clarity.Length == 0 ? [] : [r.Clarity], columnTitle);
        var people = ages.Zip(others).Where(p => p.First.Length > 0 && p.Second.Length > 0).ToList();
        Assert.Equal(people.Count, table.Base);
        Assert.Equal(SurveyFiles.Rows.Length + 1, rows.Respondents + rows.Unanswered);
        for (var r = 0; r < table.RowLabels.Count; r++)
        {
            Assert.Equal(people.Count(p => p.First.Contains(table.RowLabels[r])), table.RowTotals[r]);
            for (var c = 0; c < table.ColumnLabels.Count; c++)
            {
                Assert.Equal(people.Count(p => p.First.Contains(table.RowLabels[r]) && p.Second.Contains(table.ColumnLabels[c])), table.Counts[r, c]);
            }
        }
        Assert.Contains(table.ColumnLabels, l => others.Any(o => o.Contains(l)));
    }

    [Fact]
    public async Task The_responses_download_has_the_typed_in_rows_and_then_every_imported_one()
    {
        var id = await MixedAsync();
        var staff = await factory.CreateStaffClientAsync();
        var xlsx = await staff.GetByteArrayAsync($"/api/v1/exercises/{id}/survey/responses.xlsx");
        var rows = MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();

        Assert.Equal(SurveyFiles.Rows.Length + 1, rows.Count);
        Assert.Equal(["papel", .. SurveyFiles.Rows.Select(_ => "google-forms")], rows.Select(r => (string)r["Origen"]));
        Assert.Equal(SurveyFiles.Rows.Select(r => r.Rating?.ToString(CultureInfo.InvariantCulture)), rows.Skip(1).Select(r => r["Califique la actividad"] as string));
        Assert.Equal(SurveyFiles.Rows.Select(r => r.Comment.Length == 0 ? null : r.Comment), rows.Skip(1).Select(r => r["Comentarios"] as string));
        Assert.Equal(SurveyFiles.Rows.Select(r => r.Local.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
            rows.Skip(1).Select(r => (string)r["Fecha (hora de Colombia)"]));
        Assert.Equal("Radio", rows[0]["¿Cómo se enteró del ejercicio?"]);

        var csv = await staff.GetStringAsync($"/api/v1/exercises/{id}/survey/responses.csv");
        Assert.Contains("\"Línea 1\nLínea 2, con \"\"comillas\"\"\"", csv);
        // Semicolons separate the fields, so the options joined by "; " are quoted.
        Assert.Contains(";google-forms;18 a 28;\"Redes sociales; Radio\";5;Muy buena, clara;Bueno;Bueno\r\n", csv);
    }

    [Fact]
    public async Task A_question_or_option_with_imported_answers_stays_but_an_option_nobody_chose_may_go()
    {
        var browser = await StaffBrowser.SignInAsync(factory);
        var id = TestExercises.Create(factory, TestExercises.Tomorrow);
        await SurveySetup.ImportAsync(browser.Client, id, SurveyFiles.GoogleDownload());
        var root = $"/staff/ejercicios/{id}/encuesta";
        var questions = SurveySetup.QuestionsOf(factory, id);
        var rating = Question(questions, "Califique la actividad");
        var heard = Question(questions, "¿Cómo se enteró del ejercicio?");

        await browser.SubmitAsync($"{root}?borrar={rating.Id}", [], "Delete");
        var refusal = (await browser.GetAsync(root)).QuerySelector(".notice.error")!.TextContent;
        Assert.Contains($"No se puede eliminar la pregunta: tiene {SurveyFiles.Rows.Count(r => r.Rating is not null)} respuestas", refusal);
        Assert.Contains(SurveySetup.QuestionsOf(factory, id), q => q.Id == rating.Id);

        var retype = await StaffBrowser.ParseAsync(await browser.SubmitAsync($"{root}?editar={heard.Id}", [("Input.Type", "TextoCorto")], "Save"));
        Assert.Contains("no puede pasar de opciones a texto libre", retype.QuerySelector("#Input_Type-error")!.TextContent);

        var options = $"{root}/{heard.Id}/opciones";
        var radio = heard.Options.Single(o => o.Label == "Radio");
        await browser.SubmitAsync($"{options}?borrar={radio.Id}", [], "Delete");
        Assert.Contains($"la eligieron {SurveyFiles.Rows.Count(r => r.Heard.Contains("Radio"))} personas", (await browser.GetAsync(options)).QuerySelector(".notice.error")!.TextContent);

        // The block lists every option its questions had when it was imported; one nobody chose is free to go.
        var added = StaffBrowser.IdFrom(await browser.SubmitAsync(options, [("Input.Label", "Prensa")], "Save"));
        var late = SurveySetup.QuestionsOf(factory, id).Single(q => q.Id == heard.Id);
        Assert.Contains(late.Options, o => o.Id == added);
        await SurveySetup.ImportAsync(browser.Client, id, SurveyFiles.GoogleDownload([SurveyFiles.Rows[0] with { Local = new DateTime(2021, 11, 20, 9, 0, 0) }]));
        Assert.True(factory.WithDb(db => db.SurveyResponseBlocks.Any(b => b.ExerciseId == id && b.OptionIds.Contains($",{added},"))));
        await browser.SubmitAsync($"{options}?borrar={added}", [], "Delete");
        Assert.DoesNotContain(SurveySetup.QuestionsOf(factory, id).Single(q => q.Id == heard.Id).Options, o => o.Id == added);
        Assert.Equal(SurveyFiles.Rows.Length + 1, await SurveySetup.CountAsync(factory, id));
    }
}

public sealed class SqliteImportedResponsesTests(SqliteFactory factory) : ImportedResponsesTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresImportedResponsesTests(PostgresFactory factory) : ImportedResponsesTests(factory), IClassFixture<PostgresFactory>;
