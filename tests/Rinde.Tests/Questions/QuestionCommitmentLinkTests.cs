using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Questions;

/// <summary>Issue 8, point 4: a question turned into a commitment shows it on the desk, the follow page and the acta's actions column.</summary>
public abstract class QuestionCommitmentLinkTests(RindeFactory factory)
{
    [Fact]
    public async Task The_desk_the_follow_page_and_the_acta_show_the_commitment()
    {
        var exerciseId = TestExercises.Create(factory, TestExercises.Tomorrow);
        var asked = await factory.CreateClient().PostAsJsonAsync($"/api/v1/exercises/{exerciseId}/questions",
            new { text = "¿Cuándo arreglan el alumbrado del parque?", anonymous = true });
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        var created = JsonDocument.Parse(await asked.Content.ReadAsStringAsync()).RootElement;
        var (id, followCode) = (created.GetProperty("id").GetInt32(), created.GetProperty("followCode").GetString()!);
        var staff = await factory.CreateStaffClientAsync();
        // Hostile description: markup and a script link stay text wherever the link is shown.
        const string description = "Revisar <b>el alumbrado</b> [aquí](javascript:alert(1))";
        var commit = await staff.PostAsJsonAsync($"/api/v1/questions/{id}/commitment",
            new { description, owner = "Secretaría de Infraestructura", dueDate = "2030-01-15" });
        Assert.Equal(HttpStatusCode.OK, commit.StatusCode);
        var expected = $"Compromiso: {description} (a más tardar el 15/ene/2030).";

        var browser = await StaffBrowser.SignInAsync(factory);
        var desk = await browser.GetAsync($"/staff/ejercicios/{exerciseId}/mesa");
        var line = desk.QuerySelector($"#q{id} .commitment-link")!;
        Assert.Contains(expected, line.TextContent);
        Assert.Empty(line.QuerySelectorAll("b, a[href^='javascript' i]"));

        var follow = await factory.CreateClient().GetDocumentAsync($"/ejercicios/{exerciseId}/seguimiento/{followCode}");
        Assert.Equal(expected, follow.QuerySelector(".commitment-link li")!.TextContent);

        var acta = await staff.GetStringAsync($"/api/v1/exercises/{exerciseId}/acta.html");
        Assert.Contains("Compromiso: Revisar &lt;b&gt;el alumbrado&lt;/b&gt;", acta);
        Assert.DoesNotContain("javascript:alert", acta.Replace("[aquí](javascript:alert(1))", "", StringComparison.Ordinal));
    }
}

public sealed class SqliteQuestionCommitmentLinkTests(SqliteFactory factory) : QuestionCommitmentLinkTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresQuestionCommitmentLinkTests(PostgresFactory factory) : QuestionCommitmentLinkTests(factory), IClassFixture<PostgresFactory>;
