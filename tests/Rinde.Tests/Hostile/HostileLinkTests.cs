using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rinde.Features.Acta;
using Rinde.Tests.Exercises;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Hostile;

/// <summary>No stored script: links a user wrote become links only when they are http(s) or mailto.</summary>
public abstract class HostileLinkTests(RindeFactory factory)
{
    public static TheoryData<string> ScriptLinks => ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "/staff/usuarios"];

    [Theory]
    [MemberData(nameof(ScriptLinks))]
    public void Markdown_links_and_autolinks_with_another_scheme_print_as_text(string url)
    {
        foreach (var markdown in new[] { $"[clic]({url})", $"<{url.Trim()}>", $"![img]({url})" })
        {
            var html = HtmlForms.Parse(ActaMarkdown.ToHtml(markdown));
            Assert.All(html.QuerySelectorAll("a, img"), a => Assert.Fail($"«{markdown}» dio {a.OuterHtml}"));
        }
        Assert.NotNull(HtmlForms.Parse(ActaMarkdown.ToHtml("<https://example.org/x>")).QuerySelector("a[href='https://example.org/x']"));
    }

    [Fact]
    public async Task The_api_refuses_a_script_stream_link_and_convocation_link_in_spanish()
    {
        var staff = await factory.CreateStaffClientAsync();
        var document = RichDocument.Build("HL" + Guid.NewGuid().ToString("N")[..6], Guid.NewGuid(), questions: 1);
        document["streamLink"] = "javascript:alert(document.cookie)";
        document["convocation"]![0]!["links"]![0] = "javascript:alert(1)";
        var response = await staff.PostAsJsonAsync("/api/v1/exercises", document);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains("https://", errors.GetProperty("streamLink")[0].GetString());
        Assert.True(errors.TryGetProperty("convocation[0].links[0]", out _));
    }

    [Fact]
    public async Task A_script_stream_link_already_stored_never_becomes_a_link_on_the_portal()
    {
        var id = TestExercises.Create(factory, TestExercises.Tomorrow);
        factory.WithDb(db =>
        {
            var exercise = db.Exercises.Find(id)!;
            exercise.StreamLink = "javascript:alert(1)";
            return db.SaveChanges();
        });
        var page = await factory.CreateClient().GetDocumentAsync($"/ejercicios/{id}");
        Assert.Empty(page.QuerySelectorAll("a[href^='javascript' i], a[href*='alert']"));
    }
}

public sealed class SqliteHostileLinkTests(SqliteFactory factory) : HostileLinkTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresHostileLinkTests(PostgresFactory factory) : HostileLinkTests(factory), IClassFixture<PostgresFactory>;
