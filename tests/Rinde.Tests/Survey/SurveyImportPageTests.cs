using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Rinde.Features.Survey.Responses.Blocks;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Survey;

/// <summary>The staff page: upload, preview of what each column becomes, confirmation.</summary>
public abstract class SurveyImportPageTests(RindeFactory factory)
{
    [Fact]
    public async Task The_preview_shows_the_mapping_and_the_confirmation_imports()
    {
        var browser = await StaffBrowser.SignInAsync(factory);
        var id = TestExercises.Create(factory, TestExercises.Tomorrow);
        var page = $"/staff/ejercicios/{id}/encuesta/importar";
        Assert.NotNull((await browser.GetAsync($"/staff/ejercicios/{id}/encuesta/respuestas")).QuerySelector($"a[href='{page}']"));
        Assert.NotNull((await browser.GetAsync($"/staff/ejercicios/{id}/encuesta/resultados")).QuerySelector($"a[href='{page}']"));

        var preview = await StaffBrowser.ParseAsync(await browser.SubmitAsync(page, [], "Preview", ("archivo", "respuestas.csv", SurveyFiles.GoogleDownload())));

        var text = preview.QuerySelector("#vista-titulo")!.ParentElement!.TextContent;
        Assert.Contains("6 filas", text);
        Assert.Contains("archivo descargado", text);
        var mapping = preview.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(mapping, r => r.Contains("Dirección de correo electrónico") && r.Contains("No se importa"));
        Assert.Contains(mapping, r => r.Contains("¿Cómo se enteró del ejercicio?") && r.Contains("Pregunta nueva · Selección múltiple"));
        Assert.Contains(mapping, r => r.Contains("Valore [Tiempo]") && r.Contains("Selección única") && r.Contains("Bueno · Regular · Malo"));
        Assert.Equal(5, preview.QuerySelectorAll("table")[1].QuerySelectorAll("tbody tr").Length);
        Assert.Equal(0, await SurveySetup.CountAsync(factory, id));

        var confirm = preview.QuerySelectorAll<IHtmlFormElement>("form[method=post]").Single(f => (f.GetAttribute("action") ?? "").Contains("handler=Import", StringComparison.Ordinal));
        var fields = confirm.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]").Select(i => (i.Name!, i.Value)).ToList();
        var queued = await browser.PostAsync(confirm.GetAttribute("action")!, fields);

        // The import runs in the background; its page follows it and, once done, sends to the responses.
        Assert.Equal(HttpStatusCode.Redirect, queued.StatusCode);
        var follow = queued.Headers.Location!.OriginalString;
        Assert.Contains("?importacion=", follow, StringComparison.Ordinal);
        var done = await browser.Client.GetAsync(follow);
        for (var i = 0; i < 600 && done.StatusCode == HttpStatusCode.OK; i++)
        {
            var progress = await StaffBrowser.ParseAsync(done);
            Assert.NotNull(progress.QuerySelector("meta[http-equiv=refresh]"));
            Assert.NotNull(progress.QuerySelector("progress"));
            await Task.Delay(100);
            done = await browser.Client.GetAsync(follow);
        }
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(6, await SurveySetup.CountAsync(factory, id));
        var responses = await browser.GetAsync(done.Headers.Location!.OriginalString);
        Assert.Contains("Se importaron 6 respuestas.", responses.QuerySelector(".notice")!.TextContent);
        Assert.Equal(RindeFactory.AdminEmail, factory.WithDb(db => db.AuditEntries.Single(a => a.Entity == "SurveyImport" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).User));
        // The kept file is gone once imported.
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(factory.DataDir, "imports")));
    }

    [Fact]
    public async Task A_preview_with_unreadable_rows_lists_them_and_offers_no_import()
    {
        var browser = await StaffBrowser.SignInAsync(factory);
        var id = TestExercises.Create(factory, TestExercises.Tomorrow);
        var bytes = SurveyFiles.GoogleDownload(stamp: r => r.Local.Hour == 10 ? "17/13/2021 10:02:03" : null!);

        var preview = await StaffBrowser.ParseAsync(await browser.SubmitAsync($"/staff/ejercicios/{id}/encuesta/importar", [], "Preview", ("archivo", "r.csv", bytes)));

        Assert.Contains("Fila 3: La marca temporal «17/13/2021 10:02:03»", preview.QuerySelector(".rejected")!.TextContent);
        Assert.Null(preview.QuerySelector("form[action*='handler=Import']"));
    }

    [Fact]
    public async Task An_import_this_server_does_not_know_says_how_to_check()
    {
        var browser = await StaffBrowser.SignInAsync(factory);
        var id = TestExercises.Create(factory, TestExercises.Tomorrow);

        var page = await browser.GetAsync($"/staff/ejercicios/{id}/encuesta/importar?importacion={Guid.NewGuid()}");

        Assert.Contains("No encontramos esa importación", page.QuerySelector("main")!.TextContent);
        Assert.Null(page.QuerySelector("meta[http-equiv=refresh]"));
    }
}

public sealed class SqliteSurveyImportPageTests(SqliteFactory factory) : SurveyImportPageTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresSurveyImportPageTests(PostgresFactory factory) : SurveyImportPageTests(factory), IClassFixture<PostgresFactory>;
