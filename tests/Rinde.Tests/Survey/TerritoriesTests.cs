using System.Net;
using Rinde.Features.Survey;
using Rinde.Features.Survey.Territories;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Survey;

/// <summary>Cali's comunas and corregimientos at start-up, and the page that edits a municipality's list.</summary>
public abstract class TerritoriesTests(RindeFactory factory)
{
    [Fact]
    public void Start_up_gives_Cali_its_22_comunas_and_15_corregimientos_in_order()
    {
        var cali = factory.WithDb(db => db.Territories.Where(t => t.Municipality == Municipalities.Cali).OrderBy(t => t.Order).ToList());
        Assert.True(cali.Count >= 37);
        var seeded = cali.Where(t => t.Order <= 37).ToList();
        Assert.Equal(22, seeded.Count(t => t.Kind == TerritoryKind.Comuna));
        Assert.Equal(15, seeded.Count(t => t.Kind == TerritoryKind.Corregimiento));
        Assert.Equal("Comuna 22", seeded[21].Name);
        Assert.Equal(["Golondrinas", "Montebello"], seeded.Skip(22).Take(2).Select(t => t.Name));
    }

    [Fact]
    public async Task An_administrator_adds_renames_moves_and_removes_the_territories_of_another_municipality()
    {
        var browser = await StaffBrowser.SignInAsync(factory);
        var cali = await browser.GetAsync("/staff/territorios");
        Assert.Contains("Santiago de Cali", cali.QuerySelector("h2")!.TextContent);
        Assert.Contains("Corregimiento Pance", cali.QuerySelector("main table")!.TextContent);
        Assert.NotNull(cali.QuerySelector("nav a[href='/staff/territorios']"));

        var municipality = "Palmira " + Guid.NewGuid().ToString("N")[..6];
        var switched = await browser.Client.GetAsync($"/staff/territorios?municipio={Uri.EscapeDataString(municipality)}");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        var root = switched.Headers.Location!.OriginalString;
        Assert.Equal($"/staff/territorios/{Uri.EscapeDataString(municipality)}", root);
        Assert.Contains("Todavía no hay comunas y corregimientos", (await browser.GetAsync(root)).QuerySelector("main")!.TextContent);

        var first = StaffBrowser.IdFrom(await browser.SubmitAsync(root, [("Input.Name", "Comuna 1"), ("Input.Kind", "Comuna")], "Save"));
        var second = StaffBrowser.IdFrom(await browser.SubmitAsync(root, [("Input.Name", "Rozo"), ("Input.Kind", "Corregimiento")], "Save"));
        var duplicate = await browser.SubmitAsync(root, [("Input.Name", "Rozo"), ("Input.Kind", "Corregimiento")], "Save");
        Assert.Contains("ya tiene «Rozo»", (await StaffBrowser.ParseAsync(duplicate)).QuerySelector("#Input_Name-error")!.TextContent);

        await browser.SubmitAsync($"{root}?editar={first}", [("Input.Name", "Comuna Uno")], "Save");
        await browser.SubmitAsync(root, [("itemId", $"{second}"), ("by", "-1")], "Move");
        List<Territory> List() => factory.WithDb(db => db.Territories.Where(t => t.Municipality == municipality).OrderBy(t => t.Order).ToList());
        Assert.Equal(["Rozo", "Comuna Uno"], List().Select(t => t.Name));
        Assert.Equal("Corregimiento Rozo", Municipalities.Label(List()[0]));

        await browser.SubmitAsync($"{root}?borrar={first}", [], "Delete");
        Assert.Equal(["Rozo"], List().Select(t => t.Name));
        Assert.True(factory.WithDb(db => db.Territories.Count(t => t.Municipality == Municipalities.Cali)) >= 37);
    }
}

public sealed class SqliteTerritoriesTests(SqliteFactory factory) : TerritoriesTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresTerritoriesTests(PostgresFactory factory) : TerritoriesTests(factory), IClassFixture<PostgresFactory>;
