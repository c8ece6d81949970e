using System.Net;
using System.Text.Json;
using Rinde.Features.Demo;
using Rinde.Tests.Acta;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Demo;

/// <summary>
/// The demo loaded at first start is the seed's exercise, published with its number, and its
/// acta reads like the seed with the seed's arithmetic corrected.
/// </summary>
public abstract class DemoActaTests(RindeFactory factory)
{
    private int DemoId => factory.WithDb(db => db.Exercises.Single(e => e.ActaNumber == "4112.020.14.12.56").Id);

    [Fact]
    public async Task Anyone_downloads_the_published_demo_acta_and_it_holds_the_seeds_facts()
    {
        var response = await factory.CreateClient().GetAsync($"/api/v1/exercises/{DemoId}/acta.docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var docx = DocxContent.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(docx.Errors);
        Assert.Contains("MAGT04.03.14.12.P03.F06", docx.Header);
        Assert.Contains("29/sep/2020", docx.Header);
        Assert.Contains("4112.020.14.12.56", docx.Body);
        Assert.Contains("(70)", docx.Body);
        foreach (var figure in new[] { "81,5 %", "18,5 %", "70,4 %", "29,6 %", "92,6 %", "7,4 %", "63,0 %", "35,7 %", "21,4 %" })
        {
            Assert.Contains(figure, docx.Body);
        }
        Assert.DoesNotContain("29,8", docx.Body);
        var document = await DemoLoader.ReadAsync();
        Assert.Equal(14, document.Questions.Count);
        foreach (var question in document.Questions)
        {
            Assert.Contains(question.CitizenName!, docx.Body);
            Assert.Contains(question.Text, docx.Body);
            Assert.Contains(question.Answer!.Split("\n\n")[0], docx.Body);
        }
        foreach (var item in document.SelfAssessment.Fortalezas.Concat(document.SelfAssessment.Amenazas))
        {
            Assert.Contains(item.TrimEnd('.'), docx.Body);
        }
        Assert.Contains("Enviar acta al DADII", docx.Body);
        Assert.Contains("24/nov/2021", docx.Body);
        Assert.Contains("1/dic/2021", docx.Body);
        foreach (var signatory in document.Signatories)
        {
            Assert.Contains(signatory.Name.ToUpperInvariant(), docx.Body.ToUpperInvariant());
        }
        Assert.True(docx.Images >= 10, $"Solo {docx.Images} gráficos en el acta.");
    }

    [Fact]
    public async Task The_demo_survey_gives_the_seeds_figures_corrected()
    {
        var staff = await factory.CreateStaffClientAsync();
        var results = JsonDocument.Parse(await staff.GetStringAsync($"/api/v1/exercises/{DemoId}/survey/results")).RootElement;
        decimal Percent(string question, string option) => results.EnumerateArray()
            .Single(q => q.GetProperty("question").GetString()!.StartsWith(question, StringComparison.Ordinal))
            .GetProperty("options").EnumerateArray().Single(o => o.GetProperty("label").GetString() == option)
            .GetProperty("percent").GetDecimal();
        Assert.Equal(81.5m, Percent("¿Cómo califica la actividad", "Excelente"));
        Assert.Equal(29.6m, Percent("De acuerdo con la información", "Bueno"));
        Assert.Equal(92.6m, Percent("¿La Entidad publicó previamente", "Sí"));
        Assert.Equal(63.0m, Percent("¿Cómo se enteró", "Invitación Directa"));
        var comunas = results.EnumerateArray().Single(q => q.GetProperty("question").GetString()!.StartsWith("Seleccione la comuna", StringComparison.Ordinal));
        Assert.Equal(12, comunas.GetProperty("options").EnumerateArray().Count(o => o.GetProperty("count").GetInt32() > 0));
        Assert.All(results.EnumerateArray(), q => Assert.Equal(27, q.GetProperty("respondents").GetInt32() + q.GetProperty("unanswered").GetInt32()));
    }
}

public sealed class SqliteDemoActaTests(SqliteFactory factory) : DemoActaTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresDemoActaTests(PostgresFactory factory) : DemoActaTests(factory), IClassFixture<PostgresFactory>;
