using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Rinde.Features.Acta;
using Rinde.Features.Exercises;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Acta;

/// <summary>The acta as web page and PDF, who may read it, and the survey's results.</summary>
public abstract class ActaWebTests(RindeFactory factory)
{
    [Fact]
    public async Task The_web_page_prints_the_same_figures_accessibly_and_escapes_user_text()
    {
        var id = await TestExercise.SeedLikeAsync(factory);
        var client = await factory.CreateStaffClientAsync();
        var response = await client.GetAsync($"/api/v1/exercises/{id}/acta.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        foreach (var text in new[] { "MAGT04.03.14.12.P03.F06", "29/sep/2020", "81,5 %", "29,6 %", "92,6 %", "35,7 %", "24/nov/2021",
            "su suma es 99,9 % y no 100 %", "NHORA MONDRAGÓN ORTIZ", TestExercise.HiddenCitizen, "FO1: Planear" })
        {
            Assert.Contains(text, html);
        }
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html);

        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal("es-CO", page.DocumentElement.GetAttribute("lang"));
        Assert.All(page.QuerySelectorAll("th"), th => Assert.False(string.IsNullOrEmpty(th.GetAttribute("scope")), th.OuterHtml));
        Assert.All(page.QuerySelectorAll("img"), img => Assert.False(string.IsNullOrWhiteSpace(img.GetAttribute("alt"))));
        Assert.All(page.QuerySelectorAll("img"), img => Assert.StartsWith("data:image/", img.GetAttribute("src")));
        Assert.True(page.QuerySelectorAll("img[src^='data:image/svg+xml']").Length >= 6, "charts as SVG");
        var rows = page.QuerySelectorAll("table.preguntas tbody tr");
        var row = rows[rows.Length - 1];
        Assert.Contains(TestExercise.ScriptQuestion, row.TextContent);
    }

    [Fact]
    public async Task The_pdf_is_printed_by_chromium()
    {
        var id = await TestExercise.SeedLikeAsync(factory);
        var client = await factory.CreateStaffClientAsync();
        var response = await client.GetAsync($"/api/v1/exercises/{id}/acta.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.EndsWith(".020.14.12.56.pdf", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
    }

    [Fact]
    public async Task Without_chromium_the_pdf_answers_503_with_how_to_install_it()
    {
        var id = await TestExercise.SeedLikeAsync(factory);
        using var missing = factory.WithWebHostBuilder(b => b.UseSetting("Chromium:Path", "/no/existe/chromium"));
        var client = missing.CreateClient();
        var token = await (await client.PostAsJsonAsync("/api/v1/auth/token",
            new { email = RindeFactory.AdminEmail, password = RindeFactory.AdminPassword })).Content.ReadFromJsonAsync<RindeFactory.TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token!.AccessToken);

        var response = await client.GetAsync($"/api/v1/exercises/{id}/acta.pdf");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("apt-get install chromium", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Anonymous_readers_get_only_published_actas_and_only_consented_names()
    {
        var draft = await TestExercise.SeedLikeAsync(factory);
        var published = await TestExercise.SeedLikeAsync(factory, ActaState.Publicada);
        var anonymous = factory.CreateClient();

        foreach (var format in new[] { "docx", "html", "pdf" })
        {
            var refused = await anonymous.GetAsync($"/api/v1/exercises/{draft}/acta.{format}");
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/v1/exercises/999999/acta.docx")).StatusCode);

        var docx = await anonymous.GetAsync($"/api/v1/exercises/{published}/acta.docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        var body = DocxContent.Read(await docx.Content.ReadAsByteArrayAsync()).Body;
        Assert.DoesNotContain(TestExercise.HiddenCitizen, body);
        Assert.Contains("Ciudadano(a)", body);
        Assert.Contains("Anónimo", body);
        Assert.Contains("Ciudadano Número 2", body);
        Assert.Contains("Versión pública", body);

        var html = await anonymous.GetStringAsync($"/api/v1/exercises/{published}/acta.html");
        Assert.DoesNotContain(TestExercise.HiddenCitizen, html);

        var staff = await factory.CreateStaffClientAsync();
        Assert.Contains(TestExercise.HiddenCitizen, await staff.GetStringAsync($"/api/v1/exercises/{published}/acta.html"));
        Assert.DoesNotContain(TestExercise.HiddenCitizen, await staff.GetStringAsync($"/api/v1/exercises/{published}/acta.html?publica=true"));
    }

    [Fact]
    public async Task The_survey_results_are_computed_over_those_who_answered_each_question()
    {
        var id = await TestExercise.SeedLikeAsync(factory);
        var staff = await factory.CreateStaffClientAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync($"/api/v1/exercises/{id}/survey/results")).StatusCode);

        var results = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/exercises/{id}/survey/results");

        var activity = results.EnumerateArray().Single(r => r.GetProperty("question").GetString() == TestExercise.ActivityQuestion);
        Assert.Equal("seleccion_unica", activity.GetProperty("type").GetString());
        Assert.Equal(27, activity.GetProperty("respondents").GetInt32());
        Assert.Equal(0, activity.GetProperty("unanswered").GetInt32());
        var options = activity.GetProperty("options").EnumerateArray().ToList();
        Assert.Equal(("Excelente", 22, 81.5m), (options[0].GetProperty("label").GetString(), options[0].GetProperty("count").GetInt32(), options[0].GetProperty("percent").GetDecimal()));
        Assert.Equal(18.5m, options[1].GetProperty("percent").GetDecimal());
        Assert.Equal(0m, options[2].GetProperty("percent").GetDecimal());

        var heard = results.EnumerateArray().Single(r => r.GetProperty("type").GetString() == "seleccion_multiple");
        var shares = heard.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("percent").GetDecimal()).ToList();
        Assert.Equal([63.0m, 33.3m, 3.7m, 14.8m], shares);

        var reasons = results.EnumerateArray().Single(r => r.GetProperty("type").GetString() == "texto_largo");
        Assert.Equal(2, reasons.GetProperty("respondents").GetInt32());
        Assert.Equal(25, reasons.GetProperty("unanswered").GetInt32());
        Assert.Equal(2, reasons.GetProperty("texts").GetArrayLength());

        var comunas = results.EnumerateArray().Single(r => r.GetProperty("type").GetString() == "comuna");
        Assert.Equal(12, comunas.GetProperty("options").GetArrayLength());
    }
}

public sealed class SqliteActaWebTests(SqliteFactory factory) : ActaWebTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresActaWebTests(PostgresFactory factory) : ActaWebTests(factory), IClassFixture<PostgresFactory>;
