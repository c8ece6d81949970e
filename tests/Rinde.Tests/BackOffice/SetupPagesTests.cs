using System.Net;
using Rinde.Tests.Infrastructure;
using static Rinde.Tests.BackOffice.BackOfficeSteps;

namespace Rinde.Tests.BackOffice;

/// <summary>The entity's setup: the dependency tree and the acta's formats.</summary>
public abstract class SetupPagesTests(RindeFactory factory)
{
    [Fact]
    public async Task Dependencies_form_a_tree_with_unique_codes_and_a_parent_stays_while_it_has_offices()
    {
        var browser = await StaffBrowser.SignInAsync(factory);
        var parent = await CreateDependencyAsync(browser, "Secretaría de Gobierno");
        var office = await CreateDependencyAsync(browser, "Oficina de Comunicaciones", parent.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var code = factory.WithDb(db => db.Dependencies.Single(d => d.Id == parent).Code);

        var duplicate = await browser.SubmitAsync("/staff/dependencias", [("Input.Code", code), ("Input.Name", "Otra")], "Save");
        Assert.Contains($"Ya existe una dependencia con el código {code}.",
            (await StaffBrowser.ParseAsync(duplicate)).QuerySelector("#Input_Code-error")!.TextContent);

        var list = await browser.GetAsync("/staff/dependencias");
        Assert.Equal("— Oficina de Comunicaciones", list.QuerySelector($"#fila-{office} td:nth-child(2)")!.TextContent);
        await browser.SubmitAsync($"/staff/dependencias?borrar={parent}", [], "Delete");
        var refused = await browser.GetAsync("/staff/dependencias");
        Assert.Contains("tiene oficinas adscritas", refused.QuerySelector(".notice.error")!.TextContent);
        Assert.Equal(parent, factory.WithDb(db => db.Dependencies.Single(d => d.Id == office).ParentId));
    }

    [Fact]
    public async Task A_format_needs_a_consecutive_in_its_number_and_new_exercises_take_the_newest()
    {
        var browser = await StaffBrowser.SignInAsync(factory);
        (string, string)[] format =
        [
            ("Input.EntityName", "Alcaldía de Santiago de Cali"), ("Input.Code", "MAGT04.03.14.12.P03.F06"), ("Input.Version", "1"),
            ("Input.EffectiveDate", "2024-02-01"), ("Input.Series", "020"), ("Input.Subseries", "14.12"),
            ("Input.ProcessLines", "MACROPROCESO DE GESTIÓN ESTRATÉGICA\nPROCESO DE TRANSPARENCIA"),
        ];
        var refused = await browser.SubmitAsync("/staff/formatos", [.. format, ("Input.NumberPattern", "{dependencia}.{serie}")], "Save");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("El patrón debe llevar {consecutivo}", (await StaffBrowser.ParseAsync(refused)).QuerySelector("#Input_NumberPattern-error")!.TextContent);

        var id = await AddAsync(browser, "/staff/formatos", format);
        var exercise = await CreateExerciseAsync(browser, "Diálogo con formato");

        var saved = factory.WithDb(db => db.ActaFormats.Single(f => f.Id == id));
        Assert.Equal((new DateOnly(2024, 2, 1), "{dependencia}.{serie}.{subserie}.{consecutivo}"), (saved.EffectiveDate, saved.NumberPattern));
        Assert.Equal("MACROPROCESO DE GESTIÓN ESTRATÉGICA\nPROCESO DE TRANSPARENCIA", saved.ProcessLines.ReplaceLineEndings("\n"));
        Assert.Equal(id, factory.WithDb(db => db.Exercises.Single(e => e.Id == exercise).ActaFormatId));
    }
}

public sealed class SqliteSetupPagesTests(SqliteFactory factory) : SetupPagesTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresSetupPagesTests(PostgresFactory factory) : SetupPagesTests(factory), IClassFixture<PostgresFactory>;
