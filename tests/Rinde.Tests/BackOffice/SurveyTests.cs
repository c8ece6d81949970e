using Microsoft.EntityFrameworkCore;
using Rinde.Features.Survey.Responses;
using Rinde.Tests.Infrastructure;
using static Rinde.Tests.BackOffice.BackOfficeSteps;

namespace Rinde.Tests.BackOffice;

/// <summary>The survey's questions, their options, and responses typed in by hand.</summary>
public abstract class SurveyTests(RindeFactory factory)
{
    [Fact]
    public async Task A_survey_question_gets_options_and_a_paper_response_is_typed_in()
    {
        var browser = await StaffBrowser.SignInAsync(factory);
        var id = await CreateExerciseAsync(browser, "Diálogo con encuesta");
        var root = $"/staff/ejercicios/{id}/encuesta";
        var rating = await AddAsync(browser, root, ("Input.Text", "¿Cómo califica la actividad?"), ("Input.Type", "SeleccionUnica"));
        var comment = await AddAsync(browser, root, ("Input.Text", "Comentarios"), ("Input.Type", "TextoCorto"));
        await AddAsync(browser, $"{root}/{rating}/opciones", ("Input.Label", "Excelente"));
        var good = await AddAsync(browser, $"{root}/{rating}/opciones", ("Input.Label", "Bueno"));

        var empty = await browser.SubmitAsync($"{root}/respuestas", [], "Add");
        Assert.Contains("responda al menos una pregunta", (await StaffBrowser.ParseAsync(empty)).QuerySelector(".error-summary")!.TextContent);
        await browser.SubmitAsync($"{root}/respuestas", [("fecha", "2021-11-17"), ($"r{rating}", $"{good}"), ($"r{comment}", "Muy clara")], "Add");

        var response = factory.WithDb(db => db.SurveyResponses.Include(r => r.Answers).Single(r => r.ExerciseId == id));
        Assert.Equal("papel", response.Origin);
        Assert.Equal([good], response.Answers.Where(a => a.SurveyQuestionId == rating).Select(a => a.SurveyOptionId!.Value));
        Assert.Equal("Muy clara", response.Answers.Single(a => a.SurveyQuestionId == comment).Text);
        var list = await browser.GetAsync($"{root}/respuestas");
        Assert.Contains("¿Cómo califica la actividad?: Bueno", list.QuerySelector($"#respuesta-{response.Id}")!.TextContent);

        // An option someone chose cannot disappear from under their answer.
        await browser.SubmitAsync($"{root}/{rating}/opciones?borrar={good}", [], "Delete");
        var refusal = await browser.GetAsync($"{root}/{rating}/opciones");
        Assert.Contains("No se puede eliminar la opción «Bueno»", refusal.QuerySelector(".notice.error")!.TextContent);
        Assert.Equal(2, factory.WithDb(db => db.SurveyOptions.Count(o => o.SurveyQuestionId == rating)));
    }
}

public sealed class SqliteSurveyTests(SqliteFactory factory) : SurveyTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresSurveyTests(PostgresFactory factory) : SurveyTests(factory), IClassFixture<PostgresFactory>;
