using System.Net;
using System.Net.Http.Json;
using Rinde.Features.Acta;
using Rinde.Features.Exercises;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Accounts;

/// <summary>Issue 8, point 8: a revisor and a publicador see what waits for them; the users page explains roles and warns of accounts that see nothing.</summary>
public abstract class GuidanceTests(RindeFactory factory)
{
    private int ExerciseIn(ActaState state, string title)
    {
        var id = TestExercises.Create(factory, TestExercises.Tomorrow);
        factory.WithDb(db =>
        {
            var e = db.Exercises.Single(x => x.Id == id);
            (e.Status, e.Title) = (state, title);
            return db.SaveChanges();
        });
        return id;
    }

    private async Task<HttpClient> SignedInAsync(int exercise, string role)
    {
        var (email, password) = await StaffSignIn.CreateColleagueAsync(factory, exercise, role);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await StaffSignIn.SignInAsync(client, email, password);
        return client;
    }

    /// <summary>The headings of /staff's to-do sections with the links under each.</summary>
    private static async Task<Dictionary<string, List<string>>> WaitingAsync(HttpClient client) =>
        (await client.GetDocumentAsync("/staff")).QuerySelectorAll("section.card")
            .ToDictionary(s => s.QuerySelector("h2")!.TextContent, s => s.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList());

    [Fact]
    public async Task A_revisor_sees_the_actas_that_wait_for_review_or_approval_and_a_publicador_those_that_wait_for_publication()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var review = ExerciseIn(ActaState.EnRevision, "En revisión " + tag);
        var approval = ExerciseIn(ActaState.EnviadaAprobacion, "Para aprobar " + tag);
        var approved = ExerciseIn(ActaState.Aprobada, "Aprobada " + tag);
        var draft = ExerciseIn(ActaState.Borrador, "Borrador " + tag);

        var revisor = await WaitingAsync(await SignedInAsync(review, "revisor"));
        Assert.Contains($"/staff/ejercicios/{review}/acta/estado", revisor["Actas que esperan su revisión"]);
        Assert.Contains($"/staff/ejercicios/{approval}/acta/estado", revisor["Actas que esperan su aprobación"]);
        Assert.DoesNotContain("Actas que esperan su publicación", revisor.Keys);
        Assert.DoesNotContain(revisor.Values.SelectMany(v => v), l => l.Contains($"/{draft}/", StringComparison.Ordinal) || l.Contains($"/{approved}/", StringComparison.Ordinal));

        // A publicador sees only their dependency's exercises: the approved one is of the exercise they were created for.
        var publicador = await WaitingAsync(await SignedInAsync(approved, "publicador"));
        Assert.Equal([$"/staff/ejercicios/{approved}/acta/estado"], publicador["Actas que esperan su publicación"]);
        Assert.DoesNotContain("Actas que esperan su revisión", publicador.Keys);

        var returned = ExerciseIn(ActaState.Devuelta, "Devuelta " + tag);
        var articulador = await WaitingAsync(await SignedInAsync(returned, "articulador"));
        Assert.Equal([$"/staff/ejercicios/{returned}/acta/estado"], articulador["Actas que esperan su corrección"]);
    }

    [Fact]
    public async Task The_users_page_says_what_each_role_needs_and_warns_of_an_account_that_sees_nothing()
    {
        var browser = await StaffBrowser.SignInAsync(factory);
        var page = await browser.GetAsync("/staff/usuarios");
        var guide = page.QuerySelector("dl.facts")!.TextContent;
        Assert.Contains("No necesita dependencias", guide);
        Assert.Contains("Necesita al menos una dependencia", guide);

        var lonely = $"sin-dependencia-{Guid.NewGuid():N}@pruebas.gov.co";
        var created = await browser.SubmitAsync("/staff/usuarios", [("Input.Email", lonely), ("Input.Name", "Sin dependencia"),
            ("Input.Password", "Clave-Segura-2026"), ("Input.Roles", "articulador")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        page = await browser.GetAsync("/staff/usuarios");
        Assert.Contains("Atención: No ve ningún ejercicio: el rol articulador necesita al menos una dependencia.", page.Body!.TextContent);
        var row = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(lonely, StringComparison.Ordinal));
        Assert.NotNull(row.QuerySelector(".user-warning"));

        // With a dependency, or as a revisor, the account sees exercises: no warning.
        var exercise = TestExercises.Create(factory, TestExercises.Tomorrow);
        var (colleague, _) = await StaffSignIn.CreateColleagueAsync(factory, exercise, "articulador");
        var admin = await factory.CreateStaffClientAsync();
        var revisor = $"revisor-{Guid.NewGuid():N}@pruebas.gov.co";
        (await admin.PostAsJsonAsync("/api/v1/users", new { email = revisor, password = "Clave-Segura-2026", name = "Revisora", roles = new[] { "revisor" }, dependencies = Array.Empty<string>() }))
            .EnsureSuccessStatusCode();
        page = await browser.GetAsync("/staff/usuarios");
        foreach (var email in new[] { colleague, revisor })
        {
            Assert.Null(page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal)).QuerySelector(".user-warning"));
        }
    }
}

public sealed class SqliteGuidanceTests(SqliteFactory factory) : GuidanceTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresGuidanceTests(PostgresFactory factory) : GuidanceTests(factory), IClassFixture<PostgresFactory>;
