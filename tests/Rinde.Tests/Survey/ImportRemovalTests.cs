using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rinde.Features.Exercises;
using Rinde.Features.Survey.Responses.Blocks;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Survey;

/// <summary>The responses page lists imports one line each, and removes one with what it brought.</summary>
public abstract class ImportRemovalTests(RindeFactory factory)
{
    [Fact]
    public async Task Removing_an_import_takes_its_responses_out_of_the_results_and_leaves_an_audit_entry()
    {
        var browser = await StaffBrowser.SignInAsync(factory);
        var id = TestExercises.Create(factory, TestExercises.Tomorrow);
        var (early, late) = (SurveyFiles.Rows[..3], SurveyFiles.Rows[3..]);
        await SurveySetup.ImportAsync(browser.Client, id, SurveyFiles.GoogleDownload(early));
        await SurveySetup.ImportAsync(browser.Client, id, SurveyFiles.GoogleDownload(late));
        var page = $"/staff/ejercicios/{id}/encuesta/respuestas";

        var list = await browser.GetAsync(page);
        var lines = list.QuerySelectorAll("section[aria-labelledby=importadas-titulo] tbody tr").ToList();
        Assert.Equal(2, lines.Count);
        Assert.Contains($"Respuestas importadas ({SurveyFiles.Rows.Length})", list.QuerySelector("#importadas-titulo")!.TextContent);
        var cells = lines[1].QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["Google Forms", RindeFactory.AdminEmail, late.Length.ToString(CultureInfo.InvariantCulture)], [cells[0], cells[2], cells[3]]);
        Assert.Equal($"{Day(late.Min(r => r.Local))} – {Day(late.Max(r => r.Local))}", cells[4]);
        Assert.Equal(Day(early[0].Local), lines[0].QuerySelectorAll("td")[4].TextContent.Trim());

        var link = lines[1].QuerySelector("a.danger-link")!.GetAttribute("href")!;
        var confirm = await browser.GetAsync(page + link);
        Assert.Contains($"({late.Length} respuestas)", confirm.QuerySelector("#confirmar-importacion")!.TextContent);
        var done = await browser.SubmitAsync(page + link, [], "DeleteImport");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        Assert.Equal(early.Length, await SurveySetup.CountAsync(factory, id));
        var results = await browser.Client.GetFromJsonAsync<JsonElement>($"/api/v1/exercises/{id}/survey/results");
        Assert.All(results.EnumerateArray(), r => Assert.Equal(early.Length, r.GetProperty("respondents").GetInt32() + r.GetProperty("unanswered").GetInt32()));
        Assert.Single((await browser.GetAsync(page)).QuerySelectorAll("section[aria-labelledby=importadas-titulo] tbody tr"));
        // Marked, not erased, and said in the audit log.
        var importId = link[(link.IndexOf('=', StringComparison.Ordinal) + 1)..link.IndexOf('#', StringComparison.Ordinal)];
        Assert.True(factory.WithDb(db => db.SurveyResponseBlocks.IgnoreQueryFilters()
            .Where(b => b.ImportId == Guid.Parse(importId)).All(b => EF.Property<DateTime?>(b, "DeletedAt") != null)));
        var audit = factory.WithDb(db => db.AuditEntries.AsNoTracking().Single(a => a.Entity == "SurveyImport" && a.Action == "eliminado"
            && a.EntityId == id.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(RindeFactory.AdminEmail, audit.User);
        using var before = JsonDocument.Parse(audit.Before!);
        Assert.Equal((importId, "google-forms", late.Length), (before.RootElement.GetProperty("importId").GetString(),
            before.RootElement.GetProperty("origin").GetString(), before.RootElement.GetProperty("count").GetInt32()));

        // The same file can come in again.
        await SurveySetup.ImportAsync(browser.Client, id, SurveyFiles.GoogleDownload(late));
        Assert.Equal(SurveyFiles.Rows.Length, await SurveySetup.CountAsync(factory, id));
    }

    [Fact]
    public async Task An_approved_acta_keeps_its_imports()
    {
        var browser = await StaffBrowser.SignInAsync(factory);
        var id = TestExercises.Create(factory, TestExercises.Tomorrow);
        await SurveySetup.ImportAsync(browser.Client, id, SurveyFiles.GoogleDownload());
        var importId = factory.WithDb(db => db.SurveyResponseBlocks.Where(b => b.ExerciseId == id).Select(b => b.ImportId).First());
        factory.WithDb(db => db.Exercises.Where(e => e.Id == id)
            .ExecuteUpdate(s => s.SetProperty(e => e.Status, Rinde.Features.Exercises.ActaState.Aprobada)));
        var page = $"/staff/ejercicios/{id}/encuesta/respuestas";

        var list = await browser.GetAsync($"{page}?borrar-importacion={importId}");
        Assert.Null(list.QuerySelector("#confirmar-importacion"));
        Assert.Null(list.QuerySelector("section[aria-labelledby=importadas-titulo] a.danger-link"));
        var refused = await browser.PostAsync($"{page}?handler=DeleteImport",
            [("importId", importId.ToString()), ("__RequestVerificationToken", await StaffBrowser.TokenAsync(browser, page))]);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(SurveyFiles.Rows.Length, await SurveySetup.CountAsync(factory, id));
        Assert.False(factory.WithDb(db => db.AuditEntries.Any(a => a.Entity == "SurveyImport" && a.Action == "eliminado"
            && a.EntityId == id.ToString(CultureInfo.InvariantCulture))));
    }

    private static string Day(DateTime local) => Rinde.Infrastructure.EsCo.ShortDate(DateOnly.FromDateTime(local));
}

public sealed class SqliteImportRemovalTests(SqliteFactory factory) : ImportRemovalTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresImportRemovalTests(PostgresFactory factory) : ImportRemovalTests(factory), IClassFixture<PostgresFactory>;
