using Microsoft.Playwright;
using Rinde.Features.Survey.Responses;
using Rinde.Tests.Survey;

namespace Rinde.Tests.Browser;

public sealed class SurveyFormBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task The_survey_form_on_a_phone_passes_axe_before_and_after_an_error_and_takes_an_answer()
    {
        var id = SurveySetup.WithTemplate(app.Factory, SurveySetup.TodayInColombia);
        var context = await app.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseUrl, Locale = "es-CO", ViewportSize = new() { Width = 360, Height = 740 }, IsMobile = true, HasTouch = true,
            JavaScriptEnabled = true,
        });
        context.SetDefaultTimeout(60_000);
        var phone = await context.NewPageAsync();
        await phone.GotoAsync($"/encuesta/{id}");
        await Accessibility.AssertNoWcagViolationsAsync(phone);
        var overflow = await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "La encuesta se desborda a lo ancho en un teléfono.");

        await phone.GetByRole(AriaRole.Button, new() { Name = "Enviar respuestas" }).ClickAsync();
        await Assertions.Expect(phone.Locator(".error-summary")).ToContainTextAsync("responda al menos una pregunta");
        await LiveApp.ShotAsync(phone, "encuesta-error");
        await Accessibility.AssertNoWcagViolationsAsync(phone);

        await phone.GetByRole(AriaRole.Group, new() { Name = "Rango de edad" }).GetByLabel("26 a 39 años").CheckAsync();
        await phone.GetByLabel("Seleccione la comuna o corregimiento donde reside").SelectOptionAsync(new SelectOptionValue { Label = "Comuna 19" });
        await phone.GetByRole(AriaRole.Group, new() { Name = "¿Cómo califica la actividad de Rendición de Cuentas de este organismo?" })
            .GetByLabel("Excelente").CheckAsync();
        await phone.GetByLabel("Explique las razones de su respuesta sobre volver a participar").FillAsync("Para conocer la gestión.");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Enviar respuestas" }).ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Status).First).ToContainTextAsync("recibimos su respuesta");
        await LiveApp.ShotAsync(phone, "encuesta-gracias");
        await Accessibility.AssertNoWcagViolationsAsync(phone);
        Assert.Equal(1, app.Factory.WithDb(db => db.SurveyResponses.Count(r => r.ExerciseId == id)));
        await context.DisposeAsync();
    }

    [Fact]
    public async Task The_staff_pages_of_the_survey_pass_axe_and_the_template_button_fills_the_survey()
    {
        var empty = Infrastructure.TestExercises.Create(app.Factory, SurveySetup.TodayInColombia);
        var staff = await app.SignedInStaffPageAsync();
        await staff.GotoAsync("/staff/territorios");
        await Assertions.Expect(staff.Locator("main table")).ToContainTextAsync("Corregimiento Pance");
        await Accessibility.AssertNoWcagViolationsAsync(staff);
        await staff.GotoAsync($"/staff/ejercicios/{empty}/encuesta/formulario");
        await Accessibility.AssertNoWcagViolationsAsync(staff);
        await staff.GotoAsync($"/staff/ejercicios/{empty}/encuesta");
        await Accessibility.AssertNoWcagViolationsAsync(staff);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Crear desde la plantilla" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status).First).ToContainTextAsync("Se crearon las 19 preguntas");
        await LiveApp.ShotAsync(staff, "encuesta-plantilla");
        await Accessibility.AssertNoWcagViolationsAsync(staff);
    }
}
