using System.Net;
using System.Net.Http.Json;
using Rinde.Features.Accounts;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Questions;

/// <summary>
/// Two nodes on one PostgreSQL database count a sender together (RateCounters): the questions
/// limit and the sign-in lockout hold whichever node a request reaches.
/// </summary>
public sealed class SenderLimitAcrossNodesTests
{
    [Fact]
    public async Task A_senders_question_limit_holds_across_two_nodes()
    {
        // The counts live in one-minute windows: both nodes read one clock standing inside one.
        var clock = TestClocks.InsideOneMinute();
        using var nodeA = new PostgresFactory { Clock = clock };
        nodeA.Settings["Intake:PermitsPerMinute"] = "4";
        using var nodeB = PostgresFactory.SecondNodeOf(nodeA);
        nodeB.Clock = clock;
        nodeB.Settings["Intake:PermitsPerMinute"] = "4";
        var exercise = TestExercises.Create(nodeA, TestExercises.Tomorrow);
        var a = nodeA.CreateClient();
        var b = nodeB.CreateClient();
        var answers = new List<HttpStatusCode>();
        foreach (var (client, i) in new[] { (a, 1), (b, 2), (a, 3), (b, 4), (a, 5), (b, 6) })
        {
            answers.Add((await client.PostAsJsonAsync($"/api/v1/exercises/{exercise}/questions",
                new { text = $"¿Pregunta {i} repartida entre nodos?", anonymous = true })).StatusCode);
        }
        // Per node the sender sent three: each alone would accept all. Together, four.
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created,
            HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], answers);
    }

    [Fact]
    public async Task Failed_sign_ins_on_two_nodes_lock_the_account_on_both()
    {
        var clock = TestClocks.InsideOneMinute();
        using var nodeA = new PostgresFactory { Clock = clock };
        using var nodeB = PostgresFactory.SecondNodeOf(nodeA);
        nodeB.Clock = clock;
        var a = nodeA.CreateClient();
        var b = nodeB.CreateClient();
        (await a.GetAsync("/api/v1/health")).EnsureSuccessStatusCode();
        (await b.GetAsync("/api/v1/health")).EnsureSuccessStatusCode();
        for (var i = 0; i < SignInCheck.FailuresPerAccount; i++)
        {
            var node = i % 2 == 0 ? a : b;
            Assert.Equal(HttpStatusCode.Unauthorized, (await node.PostAsJsonAsync("/api/v1/auth/token",
                new { email = RindeFactory.AdminEmail, password = "equivocada-" + i })).StatusCode);
        }
        foreach (var node in new[] { a, b })
        {
            var refused = await node.PostAsJsonAsync("/api/v1/auth/token", new { email = RindeFactory.AdminEmail, password = RindeFactory.AdminPassword });
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }
    }
}
