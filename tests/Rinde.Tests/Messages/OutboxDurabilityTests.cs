using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Messages;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Messages;

/// <summary>
/// A real Rinde process killed with SIGKILL while messages wait and while they are being sent
/// loses none; a message sent twice carries the same Message-ID both times.
/// </summary>
public sealed class OutboxDurabilityTests
{
    private const int Questions = 60;

    [Fact]
    public async Task Sqlite_loses_no_message_through_sigkill()
    {
        await using var database = ProcessDatabase.Sqlite();
        await KillWhileSendingAsync(database.Environment(), database.Open);
    }

    [Fact]
    public async Task Postgres_loses_no_message_through_sigkill()
    {
        await using var database = ProcessDatabase.Postgres();
        await KillWhileSendingAsync(database.Environment(), database.Open);
    }

    private static async Task KillWhileSendingAsync(Dictionary<string, string> environment, Func<RindeDbContext> database)
    {
        await using var smtp = new LoopbackSmtp(); // not started: the messages wait
        foreach (var (key, value) in smtp.Settings)
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        environment["Outbox__Lease"] = "00:00:02"; // a dead node's messages come back soon
        environment["Outbox__BatchSize"] = "5";
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
        using var client = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) }; // a safety net on a busy machine, not a measure
        for (var i = 0; i < Questions; i++)
        {
            (await client.PostAsJsonAsync($"/api/v1/exercises/{exerciseId}/questions",
                new { text = $"Pregunta {i} con correo", email = $"persona{i}@correo.co", consent = true })).EnsureSuccessStatusCode();
        }
        await LoopbackSmtp.UntilAsync(() => Rows(database).Count(m => m.Attempts >= 1) == Questions, TimeSpan.FromSeconds(30),
            "todos los recibos intentados sin servidor");

        // Killed once while they wait, then again in the middle of sending them.
        server.Kill();
        smtp.Start();
        await server.StartAsync();
        await LoopbackSmtp.UntilAsync(() => smtp.Messages.Count >= Questions / 3, TimeSpan.FromSeconds(60), "parte de los mensajes enviados");
        server.Kill();
        var beforeRestart = smtp.Messages.Count;
        await server.StartAsync();

        var rows = Rows(database);
        await LoopbackSmtp.UntilAsync(() => smtp.Messages.Select(m => m.Message.MessageId).Distinct().Count() == Questions,
            TimeSpan.FromSeconds(60), () => $"los {Questions} mensajes (llegaron {smtp.Messages.Count}, {beforeRestart} antes del reinicio)");
        await LoopbackSmtp.UntilAsync(() => Rows(database).All(m => m.State == OutboxState.Enviado), TimeSpan.FromSeconds(20), "todos marcados");
        var received = smtp.Messages.ToList();
        Assert.Equal(rows.Select(m => m.MessageId).Order(), received.Select(m => m.Message.MessageId).Distinct().Order());
        // A repeat is the same message: same id, same recipient, same subject.
        foreach (var same in received.GroupBy(m => m.Message.MessageId).Where(g => g.Count() > 1))
        {
            Assert.Single(same.Select(m => (m.To, m.Message.Subject)).Distinct());
        }
        Assert.True(received.Count - Questions <= 5, $"{received.Count - Questions} repetidos: más que un lote en vuelo.");
        var byAddress = received.DistinctBy(m => m.Message.MessageId).ToDictionary(m => m.To);
        Assert.Equal(Questions, byAddress.Count);
    }

    private static List<OutboxMessage> Rows(Func<RindeDbContext> database)
    {
        using var db = database();
        return db.Set<OutboxMessage>().AsNoTracking().ToList();
    }
}
