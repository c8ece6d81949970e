using System.Net.Http.Headers;
using System.Net.Http.Json;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Deployment;

/// <summary>
/// A node stopped with SIGTERM under load (a rolling upgrade) ends its live streams, finishes
/// what it acknowledged and exits in under 5 s; nothing that got a 201 is lost.
/// </summary>
public sealed class GracefulShutdownTests
{
    [Fact]
    public Task Sqlite_node_drains_under_load_in_under_five_seconds() => DrainAsync(ProcessDatabase.Sqlite());

    [Fact]
    public Task Postgres_node_drains_under_load_in_under_five_seconds() => DrainAsync(ProcessDatabase.Postgres());

    private static async Task DrainAsync(ProcessDatabase database)
    {
        await using var _ = database;
        var environment = database.Environment();
        environment["RINDE_ADMIN_EMAIL"] = RindeFactory.AdminEmail;
        environment["RINDE_ADMIN_PASSWORD"] = RindeFactory.AdminPassword;
        environment["RINDE_DEMO"] = "false";
        environment["Intake__PermitsPerMinute"] = "1000000";
        using var node = new RindeProcess(environment);
        await node.StartAsync();
        int exercise;
        await using (var db = database.Open())
        {
            exercise = TestExercises.Create(db, TestExercises.Tomorrow);
        }
        using var client = new HttpClient { BaseAddress = node.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var token = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { email = RindeFactory.AdminEmail, password = RindeFactory.AdminPassword }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<RindeFactory.TokenResponse>();

        var desks = new List<SseReader>();
        for (var i = 0; i < 10; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/exercises/{exercise}/questions/stream");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
            var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            var desk = new SseReader(await response.Content.ReadAsStreamAsync());
            Assert.Equal("conectado", (await desk.NextAsync(TimeSpan.FromSeconds(30))).Type);
            desks.Add(desk);
        }

        await using var senders = new QuestionSenders(client, exercise, 8, "durante el apagado");
        await senders.UntilAsync(s => s.Acknowledged.Count >= 100, "preguntas confirmadas antes del apagado");

        var (elapsed, exitCode) = await node.TerminateAsync(TimeSpan.FromSeconds(30));
        await senders.StopAsync();
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"El nodo tardó {elapsed.TotalSeconds:0.0} s en terminar.");
        Assert.Equal(0, exitCode);
        foreach (var desk in desks)
        {
            await AssertEndedAsync(desk); // closed by the node, so the browser reconnects elsewhere
        }

        await using var check = database.Open();
        await senders.AssertStoredOnceAsync(check, exercise);
    }

    private static async Task AssertEndedAsync(SseReader desk)
    {
        try
        {
            while (true)
            {
                await desk.NextAsync(TimeSpan.FromSeconds(5)); // questions sent before the end
            }
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or HttpRequestException)
        {
            // the stream ended
        }
        finally
        {
            desk.Dispose();
        }
    }
}
