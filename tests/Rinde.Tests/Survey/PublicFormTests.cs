using System.Net;
using Microsoft.EntityFrameworkCore;
using Rinde.Features.Acta;
using Rinde.Features.Exercises;
using Rinde.Features.Survey;
using Rinde.Features.Survey.Questionnaire;
using Rinde.Features.Survey.Responses;
using Rinde.Features.Survey.Responses.PublicForm;
using Rinde.Tests.Infrastructure;
using static Rinde.Tests.Survey.SurveySetup;

namespace Rinde.Tests.Survey;

/// <summary>The portal's survey form, posted as a browser without JavaScript would.</summary>
public abstract class PublicFormTests(RindeFactory factory)
{
    private (int Id, List<SurveyQuestion> Questions) OpenSurvey()
    {
        var id = WithTemplate(factory, TodayInColombia);
        return (id, QuestionsOf(factory, id));
    }

    private static (string, string)[] Answers(List<SurveyQuestion> questions, string reason = "Fue clara") =>
    [
        ($"r{Question(questions, "Rango de edad").Id}", Option(Question(questions, "Rango de edad"), "26 a 39 años")),
        ($"r{Question(questions, "Seleccione la comuna").Id}", Option(Question(questions, "Seleccione la comuna"), "Corregimiento Pance")),
        ($"r{Question(questions, "Indíquenos").Id}", Option(Question(questions, "Indíquenos"), "Correo electrónico")),
        ($"r{Question(questions, "Indíquenos").Id}", Option(Question(questions, "Indíquenos"), "Página web de la entidad")),
        ($"r{Question(questions, "¿Cómo califica la actividad").Id}", Option(Question(questions, "¿Cómo califica la actividad"), "Excelente")),
        ($"r{Question(questions, "Explique las razones de su respuesta sobre la explicación").Id}", reason),
    ];

    private int Count(int id) => factory.WithDb(db => db.SurveyResponses.Count(r => r.ExerciseId == id));

    [Fact]
    public async Task A_citizen_answers_once_and_the_same_token_cannot_answer_again()
    {
        var (id, questions) = OpenSurvey();
        var citizen = StaffBrowser.Anonymous(factory);
        var portal = await citizen.GetAsync($"/ejercicios/{id}");
        Assert.NotNull(portal.QuerySelector($"a[href='/encuesta/{id}']"));

        var page = await citizen.GetAsync($"/encuesta/{id}");
        Assert.Equal("es-CO", page.DocumentElement.GetAttribute("lang"));
        Assert.Empty(page.QuerySelectorAll("input[type=email], input[type=tel]"));
        var legend = page.QuerySelector($"#r{Question(questions, "Rango de edad").Id}")!.Closest("fieldset")!.QuerySelector("legend")!;
        Assert.Equal("Rango de edad", legend.TextContent.Trim());
        Assert.NotNull(page.QuerySelector($"label[for='r{Question(questions, "Seleccione la comuna").Id}']"));
        var token = page.QuerySelector("input[name=token]")!.GetAttribute("value")!;

        var sent = await citizen.SubmitAsync($"/encuesta/{id}", Answers(questions));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var thanks = await citizen.GetAsync(sent.Headers.Location!.OriginalString);
        Assert.Contains("Gracias", thanks.QuerySelector("[role=status]")!.TextContent);
        Assert.Contains(RespondentCheck.AlreadyAnswered, thanks.QuerySelector("main")!.TextContent);
        Assert.Null(thanks.QuerySelector("form[method=post] input[name=token]"));

        var response = factory.WithDb(db => db.SurveyResponses.Include(r => r.Answers).Single(r => r.ExerciseId == id));
        Assert.Equal("rinde", response.Origin);
        Assert.Equal(RespondentCheck.Hash(token), response.RespondentTokenHash);
        Assert.Equal(64, response.ClientHash!.Length);
        Assert.Equal(6, response.Answers.Count);
        Assert.Equal("Fue clara", response.Answers.Single(a => a.Text is not null).Text);
        var media = Question(questions, "Indíquenos");
        Assert.Equal(2, response.Answers.Count(a => a.SurveyQuestionId == media.Id && a.SurveyOptionId != null));

        // The same form posted again (another tab, the back button): nothing more is stored.
        var again = await citizen.PostAsync($"/encuesta/{id}",
            [("__RequestVerificationToken", page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
             ("token", token), .. Answers(questions, "Otra vez")]);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Ya respondió esta encuesta, gracias", (await StaffBrowser.ParseAsync(again)).QuerySelector("main")!.TextContent);
        Assert.Equal(1, Count(id));
    }

    [Fact]
    public async Task Wrong_answers_come_back_with_spanish_messages_linked_to_their_fields()
    {
        var (id, questions) = OpenSurvey();
        var citizen = StaffBrowser.Anonymous(factory);
        var empty = await citizen.SubmitAsync($"/encuesta/{id}", []);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("responda al menos una pregunta", (await StaffBrowser.ParseAsync(empty)).QuerySelector(".error-summary")!.TextContent);

        var age = Question(questions, "Rango de edad");
        var gender = Question(questions, "Género");
        var wrong = await citizen.SubmitAsync($"/encuesta/{id}",
            [($"r{age.Id}", Option(age, "18 a 25 años")), ($"r{age.Id}", Option(age, "60 años o más")), ($"r{gender.Id}", "999999")]);
        var html = await StaffBrowser.ParseAsync(wrong);
        var links = html.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"#r{age.Id}", links);
        Assert.Contains($"#r{gender.Id}", links);
        Assert.Contains("una sola opción", html.QuerySelector($"#r{age.Id}-error")!.TextContent);
        Assert.Contains("Elija una de las opciones", html.QuerySelector($"#r{gender.Id}-error")!.TextContent);
        Assert.Equal($"r{gender.Id}-error", html.QuerySelector($"#r{gender.Id}")!.Closest("fieldset")!.GetAttribute("aria-describedby"));
        Assert.NotNull(html.QuerySelector($"#r{age.Id}[checked]"));
        Assert.Equal(0, Count(id));
    }

    [Fact]
    public async Task The_same_answers_twice_from_one_computer_and_mass_repeats_are_refused()
    {
        var (id, questions) = OpenSurvey();
        var first = await StaffBrowser.Anonymous(factory).SubmitAsync($"/encuesta/{id}", Answers(questions, "Respuesta 0"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var copy = await StaffBrowser.Anonymous(factory).SubmitAsync($"/encuesta/{id}", Answers(questions, "Respuesta 0"));
        Assert.Equal(HttpStatusCode.Conflict, copy.StatusCode);
        Assert.Contains(RespondentCheck.Duplicate, (await StaffBrowser.ParseAsync(copy)).QuerySelector(".error-summary")!.TextContent);

        // A shared computer at a community hall: different people, different answers, up to the hourly limit.
        for (var i = 1; i < RespondentCheck.DefaultPerHour; i++)
        {
            var sent = await StaffBrowser.Anonymous(factory).SubmitAsync($"/encuesta/{id}", Answers(questions, $"Respuesta {i}"));
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }
        var tooMany = await StaffBrowser.Anonymous(factory).SubmitAsync($"/encuesta/{id}", Answers(questions, "Una más"));
        Assert.Equal(HttpStatusCode.TooManyRequests, tooMany.StatusCode);
        Assert.Contains(RespondentCheck.TooMany, (await StaffBrowser.ParseAsync(tooMany)).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(RespondentCheck.DefaultPerHour, Count(id));
    }

    [Fact]
    public async Task Rotating_the_user_agent_and_the_cookies_does_not_get_past_the_hourly_limit()
    {
        var (id, questions) = OpenSurvey();
        StaffBrowser Browser(int i)
        {
            var browser = StaffBrowser.Anonymous(factory);
            browser.Client.DefaultRequestHeaders.UserAgent.ParseAdd($"Navegador/{i}.0 (equipo {i})");
            return browser;
        }
        for (var i = 0; i < RespondentCheck.DefaultPerHour; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await Browser(i).SubmitAsync($"/encuesta/{id}", Answers(questions, $"Opinión {i}"))).StatusCode);
        }
        var tooMany = await Browser(999).SubmitAsync($"/encuesta/{id}", Answers(questions, "Otra opinión"));
        Assert.Equal(HttpStatusCode.TooManyRequests, tooMany.StatusCode);
        Assert.Equal(RespondentCheck.DefaultPerHour, Count(id));
    }

    [Fact]
    public async Task Outside_its_window_the_form_says_so_and_stores_nothing()
    {
        var later = WithTemplate(factory, TodayInColombia.AddDays(3));
        var citizen = StaffBrowser.Anonymous(factory);
        var early = await citizen.GetAsync($"/encuesta/{later}");
        Assert.Contains("aún no abre", early.QuerySelector("main")!.TextContent);
        Assert.Null(early.QuerySelector("input[name=token]"));
        Assert.Null((await citizen.GetAsync($"/ejercicios/{later}")).QuerySelector($"a[href='/encuesta/{later}']"));

        var past = WithTemplate(factory, TodayInColombia.AddDays(-(SurveyWindow.DefaultDays + 1)));
        Assert.Contains("ya cerró", (await citizen.GetAsync($"/encuesta/{past}")).QuerySelector("main")!.TextContent);

        // Closed by staff between showing the form and sending it.
        var (id, questions) = OpenSurvey();
        var page = await citizen.GetAsync($"/encuesta/{id}");
        factory.WithDb(db => db.Exercises.Where(e => e.Id == id).ExecuteUpdate(s => s.SetProperty(e => e.SurveyClosesAt, DateTime.UtcNow.AddMinutes(-1))));
        var late = await citizen.PostAsync($"/encuesta/{id}",
            [("__RequestVerificationToken", page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
             ("token", page.QuerySelector("input[name=token]")!.GetAttribute("value")!), .. Answers(questions)]);
        Assert.Contains("ya cerró", (await StaffBrowser.ParseAsync(late)).QuerySelector("main")!.TextContent);
        Assert.Equal(0, Count(id));
    }

    [Fact]
    public async Task Once_the_acta_is_approved_the_form_takes_no_more_responses()
    {
        var (id, questions) = OpenSurvey();
        var citizen = StaffBrowser.Anonymous(factory);
        var page = await citizen.GetAsync($"/encuesta/{id}");
        factory.WithDb(db => db.Exercises.Where(e => e.Id == id).ExecuteUpdate(s => s.SetProperty(e => e.Status, ActaState.Aprobada)));

        Assert.Contains("ya fue aprobada", (await citizen.GetAsync($"/encuesta/{id}")).QuerySelector("main")!.TextContent);
        Assert.Null((await citizen.GetAsync($"/ejercicios/{id}")).QuerySelector($"a[href='/encuesta/{id}']"));
        var late = await citizen.PostAsync($"/encuesta/{id}",
            [("__RequestVerificationToken", page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
             ("token", page.QuerySelector("input[name=token]")!.GetAttribute("value")!), .. Answers(questions)]);
        Assert.Contains("ya fue aprobada", (await StaffBrowser.ParseAsync(late)).QuerySelector("main")!.TextContent);
        Assert.Equal(0, Count(id));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var (id, questions) = OpenSurvey();
        var citizen = StaffBrowser.Anonymous(factory);
        var page = await citizen.GetAsync($"/encuesta/{id}");
        var forged = await citizen.PostAsync($"/encuesta/{id}", [("token", page.QuerySelector("input[name=token]")!.GetAttribute("value")!), .. Answers(questions)]);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(0, Count(id));
    }
}

public sealed class SqlitePublicFormTests(SqliteFactory factory) : PublicFormTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresPublicFormTests(PostgresFactory factory) : PublicFormTests(factory), IClassFixture<PostgresFactory>;
