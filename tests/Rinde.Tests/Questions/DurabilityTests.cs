using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Questions;

/// <summary>A 201 means stored: questions survive SIGKILL of the server one instant later.</summary>
public sealed class DurabilityTests
{
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

        using var client = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        // The kill comes once enough questions were acknowledged, however fast the machine is.
        await using var senders = new QuestionSenders(client, exerciseId, 16, "antes del corte");
        await senders.UntilAsync(s => s.Acknowledged.Count >= AcknowledgedBeforeKill, "preguntas confirmadas antes del corte");
        server.Kill();
        await senders.StopAsync();

        await server.StartAsync();
        await using (var db = database())
        {
            await senders.AssertStoredOnceAsync(db, exerciseId);
        }
        // And the restarted server goes on numbering after the last stored question.
        var next = await client.PostAsJsonAsync($"/api/v1/exercises/{exerciseId}/questions", new { text = "Después del reinicio", anonymous = true });
        Assert.Equal(HttpStatusCode.Created, next.StatusCode);
        await using (var db = database())
        {
            var max = await db.CitizenQuestions.Where(q => q.ExerciseId == exerciseId).MaxAsync(q => q.Number);
            Assert.Equal(max, (await next.Content.ReadFromJsonAsync<QuestionSenders.Created>())!.Number);
        }
    }
}
