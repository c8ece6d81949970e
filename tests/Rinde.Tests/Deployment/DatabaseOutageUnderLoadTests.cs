using System.Net;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Deployment;

/// <summary>
/// PostgreSQL stopped for 20 s while citizens keep asking: every request in between gets a 503
/// (a Spanish page, a ProblemDetails), readiness says 503, nothing acknowledged is lost, and the
/// node serves again once the database is back, without being restarted.
/// </summary>
public sealed class DatabaseOutageUnderLoadTests
{
    [Fact]
    public async Task Postgres_stopped_for_twenty_seconds_under_load_is_503_then_service_resumes_by_itself()
    {
        await using var postgres = await PrivatePostgres.StartNewAsync();
        var environment = new Dictionary<string, string>
        {
            ["RINDE_DATA_DIR"] = Directory.CreateTempSubdirectory("rinde-outage-").FullName,
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Postgres"] = postgres.ConnectionString,
            ["RINDE_ADMIN_PASSWORD"] = RindeFactory.AdminPassword,
            ["RINDE_DEMO"] = "false",
            ["Intake__PermitsPerMinute"] = "1000000",
        };
        using var node = new RindeProcess(environment);
        await node.StartAsync();
        int exercise;
        await using (var db = Open(postgres))
        {
            exercise = TestExercises.Create(db, TestExercises.Tomorrow);
        }

        using var client = new HttpClient { BaseAddress = node.BaseAddress, Timeout = TimeSpan.FromSeconds(15) };
        await using var senders = new QuestionSenders(client, exercise, 4, "con la base de datos caída");
        await senders.UntilAsync(s => s.Acknowledged.Count >= 50, "preguntas antes del corte");

        await postgres.StopAsync();
        var stoppedAt = DateTime.UtcNow;
        await senders.UntilAsync(s => s.Statuses.Contains(HttpStatusCode.ServiceUnavailable), "un 503 de la API");
        var page = await client.GetAsync($"/ejercicios/{exercise}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("El servicio no está disponible", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        // The outage lasts its 20 s whatever the node does meanwhile: that is the scenario, not a wait for a condition.
        var rest = TimeSpan.FromSeconds(20) - (DateTime.UtcNow - stoppedAt);
        await Task.Delay(rest > TimeSpan.Zero ? rest : TimeSpan.Zero);
        var duringOutage = senders.Acknowledged.Count;
        await postgres.StartAsync();

        await senders.UntilAsync(s => s.Acknowledged.Count > duringOutage + 20, "preguntas aceptadas tras volver la base de datos");
        await senders.StopAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/ejercicios/{exercise}")).StatusCode);
        Assert.DoesNotContain(senders.Statuses, s => s is not (HttpStatusCode.Created or HttpStatusCode.ServiceUnavailable));

        await using var check = Open(postgres);
        await senders.AssertStoredOnceAsync(check, exercise);
    }

    // Unpooled: the test's own connections from before the outage are dead too.
    private static PostgresRindeDbContext Open(PrivatePostgres postgres) => new(new DbContextOptionsBuilder<PostgresRindeDbContext>()
        .UseNpgsql(new Npgsql.NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Pooling = false }.ConnectionString).Options);
}
