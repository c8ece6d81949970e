using Rinde.Tests.Infrastructure;
using static Rinde.Tests.BackOffice.BackOfficeSteps;

namespace Rinde.Tests.Questions;

/// <summary>Issue 8, point 12: a theme that differs from another only in case, accents or spaces is refused.</summary>
public abstract class ThemeValidationTests(RindeFactory factory)
{
    [Fact]
    public async Task A_theme_that_differs_only_in_case_accents_or_spaces_is_refused_in_spanish()
    {
        var browser = await StaffBrowser.SignInAsync(factory);
        var id = await CreateExerciseAsync(browser, "Diálogo con temas");
        var url = $"/staff/ejercicios/{id}/preguntas/temas";
        await AddAsync(browser, url, ("Input.Name", "  Gestión   de la Secretaría "));
        foreach (var twin in new[] { "gestion de la secretaria", "GESTIÓN DE LA  SECRETARÍA", "Gestión de la Secretaría" })
        {
            var refused = await browser.SubmitAsync(url, [("Input.Name", twin)], "Save");
            var error = (await StaffBrowser.ParseAsync(refused)).QuerySelector("#Input_Name-error")!.TextContent;
            Assert.Contains("Ya existe el tema «Gestión de la Secretaría».", error);
        }
        await AddAsync(browser, url, ("Input.Name", "Gestión ambiental"));
        var names = factory.WithDb(db => db.QuestionThemes.Where(t => t.ExerciseId == id).OrderBy(t => t.Order).Select(t => t.Name).ToList());
        Assert.Equal(["Gestión de la Secretaría", "Gestión ambiental"], names);
    }
}

public sealed class SqliteThemeValidationTests(SqliteFactory factory) : ThemeValidationTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresThemeValidationTests(PostgresFactory factory) : ThemeValidationTests(factory), IClassFixture<PostgresFactory>;
