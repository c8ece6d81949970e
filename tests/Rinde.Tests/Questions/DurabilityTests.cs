using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Questions;

/// <summary>A 201 means stored: questions survive SIGKILL of the server one instant later.</summary>
public sealed class DurabilityTests
{
    private sealed record Created(int Id, int Number);

    private const int AcknowledgedBeforeKill = 200;

    [Fact]
    public async Task Sqlite_keeps_every_acknowledged_question_through_sigkill()
    {
        await using var database = ProcessDatabase.Sqlite();
        await KillWhilePostingAsync(database.Environment(), database.Open);
    }

    [Fact]
    public async Task Postgres_keeps_every_acknowledged_question_through_sigkill()
    {
        await using var database = ProcessDatabase.Postgres();
        await KillWhilePostingAsync(database.Environment(), database.Open);
    }

    private static async Task KillWhilePostingAsync(Dictionary<string, string> environment, Func<RindeDbContext> database)
    {
        environment["RINDE_ADMIN_PASSWORD"] = RindeFactory.AdminPassword;
        environment["RINDE_DEMO"] = "false";
        environment["Intake__PermitsPerMinute"] = "1000000";
        using var server = new RindeProcess(environment);
        await server.StartAsync();
        int exerciseId;
        await using (var db = database())
        {
            exerciseId = TestExercises.Create(db, TestExercises.Tomorrow);
        }

        var acknowledged = new ConcurrentDictionary<string, Created>();
        // The kill comes once enough questions were acknowledged, however fast the machine is.
        var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var client = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        using var stop = new CancellationTokenSource();
        var senders = Enumerable.Range(0, 16).Select(sender => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var text = $"Pregunta {sender}-{i} antes del corte";
                try
                {
                    var response = await client.PostAsJsonAsync($"/api/v1/exercises/{exerciseId}/questions", new { text, anonymous = true });
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        acknowledged[text] = (await response.Content.ReadFromJsonAsync<Created>())!;
                        if (acknowledged.Count >= AcknowledgedBeforeKill)
                        {
                            enough.TrySetResult();
                        }
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                {
                    return; // the server is gone
                }
            }
        })).ToList();

        await enough.Task.WaitAsync(TimeSpan.FromSeconds(60));
        server.Kill();
        stop.Cancel();
        await Task.WhenAll(senders);
        Assert.True(acknowledged.Count >= AcknowledgedBeforeKill, $"Solo {acknowledged.Count} preguntas confirmadas antes del corte.");

        await server.StartAsync();
        await using (var db = database())
        {
            var stored = await db.CitizenQuestions.Where(q => q.ExerciseId == exerciseId)
                .Select(q => new { q.Id, q.Number, q.Text }).ToListAsync();
            Assert.Equal(stored.Count, stored.Select(q => q.Text).Distinct().Count());
            Assert.Equal(stored.Count, stored.Select(q => q.Number).Distinct().Count());
            var byText = stored.ToDictionary(q => q.Text);
            foreach (var (text, created) in acknowledged)
            {
                Assert.True(byText.TryGetValue(text, out var row), $"Se perdió «{text}», confirmada con 201.");
                Assert.Equal((created.Id, created.Number), (row.Id, row.Number));
            }
        }
        // And the restarted server goes on numbering after the last stored question.
        var next = await client.PostAsJsonAsync($"/api/v1/exercises/{exerciseId}/questions", new { text = "Después del reinicio", anonymous = true });
        Assert.Equal(HttpStatusCode.Created, next.StatusCode);
        await using (var db = database())
        {
            var max = await db.CitizenQuestions.Where(q => q.ExerciseId == exerciseId).MaxAsync(q => q.Number);
            Assert.Equal(max, (await next.Content.ReadFromJsonAsync<Created>())!.Number);
        }
    }
}
