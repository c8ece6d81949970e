using System.Net.Http.Json;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Questions;

/// <summary>Two Rinde nodes on one PostgreSQL database: a desk on one sees questions taken by the other.</summary>
public sealed class MultiNodeDeskTests
{
    [Fact]
    public async Task A_question_taken_by_another_node_reaches_the_desk_through_listen_notify()
    {
        using var nodeA = new PostgresFactory();
        var staff = await nodeA.CreateStaffClientAsync();
        using var nodeB = PostgresFactory.SecondNodeOf(nodeA);
        var citizen = nodeB.CreateClient();
        var exerciseId = TestExercises.Create(nodeA, TestExercises.Tomorrow);

        var response = await staff.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/v1/exercises/{exerciseId}/questions/stream"),
            HttpCompletionOption.ResponseHeadersRead);
        using var desk = new SseReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal("conectado", (await desk.NextAsync(TimeSpan.FromSeconds(30))).Type);

        (await citizen.PostAsJsonAsync($"/api/v1/exercises/{exerciseId}/questions",
            new { text = "Pregunta que llega por el otro nodo", anonymous = true })).EnsureSuccessStatusCode();

        var ev = await desk.NextAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("1", ev.Id);
        Assert.Contains("Pregunta que llega por el otro nodo", ev.Data);
    }
}
