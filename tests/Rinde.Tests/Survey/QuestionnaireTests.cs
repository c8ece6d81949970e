using Microsoft.EntityFrameworkCore;
using Rinde.Features.Survey;
using Rinde.Features.Survey.Questionnaire;
using Rinde.Features.Survey.Responses;
using Rinde.Features.Survey.Territories;
using Rinde.Tests.Infrastructure;
using static Rinde.Tests.BackOffice.BackOfficeSteps;

namespace Rinde.Tests.Survey;

/// <summary>The standard questionnaire, editing it, and when its public form is open.</summary>
public abstract class QuestionnaireTests(RindeFactory factory)
{
    [Fact]
    public async Task The_template_creates_the_standard_questions_with_the_comunas_of_Cali_as_they_were()
    {
        var browser = await StaffBrowser.SignInAsync(factory);
        var id = await CreateExerciseAsync(browser, "Diálogo con plantilla");
        var root = $"/staff/ejercicios/{id}/encuesta";
        var empty = await browser.GetAsync(root);
        Assert.NotNull(empty.QuerySelector("form[action*='handler=Template'] button"));

        var created = await browser.SubmitAsync(root, [], "Template");
        Assert.Equal(root, created.Headers.Location!.OriginalString);
        var questions = SurveySetup.QuestionsOf(factory, id);
        Assert.Equal(19, questions.Count);
        Assert.Equal(Enumerable.Range(1, 19), questions.Select(q => q.Order));
        Assert.Equal("Rango de edad", questions[0].Text);
        Assert.StartsWith("¿Qué tema de su interés", questions[^1].Text);
        Assert.Equal(["Excelente", "Bueno", "Regular", "Deficiente"], SurveySetup.Question(questions, "¿Cómo califica la actividad").Options.Select(o => o.Label));
        Assert.Equal(SurveyQuestionType.SeleccionMultiple, SurveySetup.Question(questions, "Indíquenos").Type);
        Assert.Equal(4, questions.Count(q => q.Type == SurveyQuestionType.TextoLargo));
        var comuna = questions.Single(q => q.Type == SurveyQuestionType.Comuna);
        Assert.Equal(37, comuna.Options.Count);
        Assert.Equal(Enumerable.Range(1, 22).Select(n => $"Comuna {n}"), comuna.Options.Take(22).Select(o => o.Label));
        Assert.Equal("Corregimiento Golondrinas", comuna.Options[22].Label);
        Assert.Equal("Corregimiento Navarro", comuna.Options[^1].Label);

        // The button is gone and a second template is refused: it would duplicate every question.
        Assert.Null((await browser.GetAsync(root)).QuerySelector("form[action*='handler=Template']"));
        var again = await browser.PostAsync($"{root}?handler=Template", [("__RequestVerificationToken", await StaffBrowser.TokenAsync(browser, root))]);
        Assert.Contains("ya tiene preguntas", (await browser.GetAsync(again.Headers.Location!.OriginalString)).QuerySelector(".notice.error")!.TextContent);
        Assert.Equal(19, SurveySetup.QuestionsOf(factory, id).Count);

        // A snapshot: renaming a comuna later does not touch this survey's options.
        factory.WithDb(db =>
        {
            db.Territories.Single(t => t.Municipality == Municipalities.Cali && t.Name == "Comuna 1").Name = "Comuna 1 (renombrada)";
            return db.SaveChanges();
        });
        Assert.Equal("Comuna 1", SurveySetup.QuestionsOf(factory, id).Single(q => q.Type == SurveyQuestionType.Comuna).Options[0].Label);
        factory.WithDb(db =>
        {
            db.Territories.Single(t => t.Municipality == Municipalities.Cali && t.Name == "Comuna 1 (renombrada)").Name = "Comuna 1";
            return db.SaveChanges();
        });
    }

    [Fact]
    public async Task Questions_move_and_go_but_a_question_with_answers_stays_and_keeps_its_kind_of_answer()
    {
        var browser = await StaffBrowser.SignInAsync(factory);
        var id = SurveySetup.WithTemplate(factory, SurveySetup.TodayInColombia);
        var root = $"/staff/ejercicios/{id}/encuesta";
        var questions = SurveySetup.QuestionsOf(factory, id);
        var (age, comuna, gender) = (questions[0], questions[1], questions[2]);

        await browser.SubmitAsync(root, [("itemId", $"{comuna.Id}"), ("by", "-1")], "Move");
        await browser.SubmitAsync(root, [("itemId", $"{gender.Id}"), ("by", "-1")], "Move");
        Assert.Equal([comuna.Id, gender.Id, age.Id], SurveySetup.QuestionsOf(factory, id).Take(3).Select(q => q.Id));

        await browser.SubmitAsync($"{root}?borrar={gender.Id}", [], "Delete");
        var left = SurveySetup.QuestionsOf(factory, id);
        Assert.Equal(18, left.Count);
        Assert.DoesNotContain(left, q => q.Id == gender.Id);

        factory.WithDb(db =>
        {
            db.SurveyResponses.Add(new SurveyResponse
            {
                ExerciseId = id, SubmittedAt = DateTime.UtcNow,
                Answers = [new SurveyAnswer { SurveyQuestionId = age.Id, SurveyOptionId = age.Options[1].Id }],
            });
            return db.SaveChanges();
        });
        await browser.SubmitAsync($"{root}?borrar={age.Id}", [], "Delete");
        var refusal = await browser.GetAsync(root);
        Assert.Contains("No se puede eliminar la pregunta: tiene 1 respuestas", refusal.QuerySelector(".notice.error")!.TextContent);
        // New scale and comuna questions start with their usual options.
        var scale = StaffBrowser.IdFrom(await browser.SubmitAsync(root, [("Input.Text", "Del 1 al 5, ¿qué tan útil fue?"), ("Input.Type", "Escala")], "Save"));
        var place = StaffBrowser.IdFrom(await browser.SubmitAsync(root, [("Input.Text", "Barrio o vereda"), ("Input.Type", "Comuna")], "Save"));
        var added = SurveySetup.QuestionsOf(factory, id);
        Assert.Equal(["1", "2", "3", "4", "5"], added.Single(q => q.Id == scale).Options.Select(o => o.Label));
        Assert.Equal(37, added.Single(q => q.Id == place).Options.Count);
        Assert.Equal([scale, place], added.TakeLast(2).Select(q => q.Id));

        var retype = await browser.SubmitAsync($"{root}?editar={age.Id}", [("Input.Type", "TextoCorto")], "Save");
        var form = await StaffBrowser.ParseAsync(retype);
        Assert.Contains("no puede pasar de opciones a texto libre", form.QuerySelector("#Input_Type-error")!.TextContent);
        Assert.Equal(SurveyQuestionType.SeleccionUnica, SurveySetup.QuestionsOf(factory, id).Single(q => q.Id == age.Id).Type);
    }

    [Fact]
    public async Task Staff_set_the_window_in_colombian_time_and_it_is_stored_in_utc()
    {
        var browser = await StaffBrowser.SignInAsync(factory);
        var id = SurveySetup.WithTemplate(factory, new DateOnly(2021, 11, 17));
        var page = $"/staff/ejercicios/{id}/encuesta/formulario";
        Assert.Contains($"/encuesta/{id}", (await browser.GetAsync(page)).QuerySelector("main a[href='/encuesta/" + id + "']")!.GetAttribute("href"));

        var wrong = await browser.SubmitAsync(page, [("Input.OpensAt", "2021-11-20T08:00"), ("Input.ClosesAt", "2021-11-19T08:00")]);
        Assert.Contains("posterior a la apertura", (await StaffBrowser.ParseAsync(wrong)).QuerySelector(".error-summary")!.TextContent);

        await browser.SubmitAsync(page, [("Input.OpensAt", "2021-11-17T08:00"), ("Input.ClosesAt", "2021-11-30T18:30")]);
        var (opens, closes) = factory.WithDb(db => db.Exercises.Where(e => e.Id == id).Select(e => new { e.SurveyOpensAt, e.SurveyClosesAt })
            .AsEnumerable().Select(e => (e.SurveyOpensAt, e.SurveyClosesAt)).Single());
        Assert.Equal(new DateTime(2021, 11, 17, 13, 0, 0), opens);
        Assert.Equal(new DateTime(2021, 11, 30, 23, 30, 0), closes);
        var shown = await browser.GetAsync(page);
        Assert.Equal("2021-11-30T18:30", shown.QuerySelector("#Input_ClosesAt")!.GetAttribute("value"));
        Assert.Contains("cerrado", shown.QuerySelector(".facts")!.TextContent);
    }
}

public sealed class SqliteQuestionnaireTests(SqliteFactory factory) : QuestionnaireTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresQuestionnaireTests(PostgresFactory factory) : QuestionnaireTests(factory), IClassFixture<PostgresFactory>;
