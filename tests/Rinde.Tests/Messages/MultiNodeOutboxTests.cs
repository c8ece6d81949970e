using System.Net.Http.Json;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Messages;

/// <summary>Two nodes on one PostgreSQL database drain one outbox: each message goes out once.</summary>
public sealed class MultiNodeOutboxTests
{
    [Fact]
    public async Task Two_nodes_sending_the_same_outbox_send_each_message_exactly_once()
    {
        await using var smtp = new LoopbackSmtp(); // started once both nodes wait on the same backlog
        using var nodeA = new PostgresFactory();
        using var nodeB = PostgresFactory.SecondNodeOf(nodeA);
        foreach (var node in new[] { nodeA, nodeB })
        {
            foreach (var (key, value) in smtp.Settings)
            {
                node.Settings[key] = value;
            }
            node.Settings["Outbox:BatchSize"] = "7";
        }
        var exerciseId = TestExercises.Create(nodeA, TestExercises.Tomorrow);
        var citizenA = nodeA.CreateClient();
        var citizenB = nodeB.CreateClient();
        const int count = 120;
        await Task.WhenAll(Enumerable.Range(0, count).Select(i => (i % 2 == 0 ? citizenA : citizenB).PostAsJsonAsync(
            $"/api/v1/exercises/{exerciseId}/questions", new { text = $"Pregunta {i} de dos nodos", email = $"nodo{i}@correo.co", consent = true })));

        smtp.Start();
        await smtp.WaitForAsync(count, TimeSpan.FromSeconds(60));
        await LoopbackSmtp.UntilAsync(() => nodeA.WithDb(db => db.Set<Rinde.Features.Messages.OutboxMessage>()
            .Count(m => m.State == Rinde.Features.Messages.OutboxState.Enviado)) == count, TimeSpan.FromSeconds(20), "todos marcados");
        Assert.Equal(count, smtp.Messages.Count);
        Assert.Equal(count, smtp.Messages.Select(m => m.Message.MessageId).Distinct().Count());
        Assert.Equal(Enumerable.Range(0, count).Select(i => $"nodo{i}@correo.co").Order(), smtp.Messages.Select(m => m.To).Order());
    }
}
