using System.Net.Http.Json;
using System.Text.Json;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Questions;

public abstract class QuestionDeskStreamTests(RindeFactory factory)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private async Task<SseReader> ConnectAsync(HttpClient staff, int exerciseId, string? lastEventId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/exercises/{exerciseId}/questions/stream");
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }
        var response = await staff.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var reader = new SseReader(await response.Content.ReadAsStreamAsync());
        var hello = await reader.NextAsync(Wait);
        Assert.Equal("conectado", hello.Type);
        Assert.Null(hello.Id);
        // A desk whose node died reconnects after a second, not the browser's default three.
        Assert.Equal(1000, hello.Retry);
        Assert.Contains($"\"lastEventId\":{lastEventId ?? "0"}", hello.Data);
        return reader;
    }

    private Task<HttpResponseMessage> AskAsync(HttpClient client, int exerciseId, string text) =>
        client.PostAsJsonAsync($"/api/v1/exercises/{exerciseId}/questions", new { text, anonymous = true });

    [Fact]
    public async Task A_desk_sees_questions_arrive_and_get_answered_with_increasing_ids()
    {
        var exerciseId = TestExercises.Create(factory, TestExercises.Tomorrow);
        var staff = await factory.CreateStaffClientAsync();
        using var desk = await ConnectAsync(staff, exerciseId);
        var citizen = factory.CreateClient();

        var posted = await AskAsync(citizen, exerciseId, "¿Cuántos parques se recuperaron?");
        var received = await desk.NextAsync(Wait);
        Assert.Equal("1", received.Id);
        Assert.Equal("pregunta", received.Type);
        using var payload = JsonDocument.Parse(received.Data);
        Assert.Equal("pregunta_recibida", payload.RootElement.GetProperty("kind").GetString());
        var questionId = payload.RootElement.GetProperty("question").GetProperty("id").GetInt32();
        Assert.Equal("¿Cuántos parques se recuperaron?", payload.RootElement.GetProperty("question").GetProperty("text").GetString());

        var answer = await staff.PostAsJsonAsync($"/api/v1/questions/{questionId}/answer", new { text = "Cuarenta zonas.", answeredLive = true });
        answer.EnsureSuccessStatusCode();
        var answered = await desk.NextAsync(Wait);
        Assert.Equal("2", answered.Id);
        Assert.Contains("respondida_en_vivo", answered.Data);
        Assert.True(posted.IsSuccessStatusCode);
    }

    [Fact]
    public async Task A_desk_reconnecting_with_last_event_id_receives_exactly_what_it_missed()
    {
        var exerciseId = TestExercises.Create(factory, TestExercises.Tomorrow);
        var staff = await factory.CreateStaffClientAsync();
        var citizen = factory.CreateClient();
        for (var i = 1; i <= 3; i++)
        {
            (await AskAsync(citizen, exerciseId, $"Pregunta antes de conectar {i}")).EnsureSuccessStatusCode();
        }
        using (var first = await ConnectAsync(staff, exerciseId))
        {
            for (var i = 1; i <= 3; i++)
            {
                Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), (await first.NextAsync(Wait)).Id);
            }
        }
        // While the desk is away, five more arrive.
        for (var i = 1; i <= 5; i++)
        {
            (await AskAsync(citizen, exerciseId, $"Pregunta mientras no estaba {i}")).EnsureSuccessStatusCode();
        }
        using var again = await ConnectAsync(staff, exerciseId, lastEventId: "3");
        var ids = new List<string?>();
        for (var i = 0; i < 5; i++)
        {
            var ev = await again.NextAsync(Wait);
            ids.Add(ev.Id);
            Assert.Contains("Pregunta mientras no estaba", ev.Data);
        }
        Assert.Equal(["4", "5", "6", "7", "8"], ids);
        // And then it goes on live without repeating anything.
        (await AskAsync(citizen, exerciseId, "Una más en vivo")).EnsureSuccessStatusCode();
        Assert.Equal("9", (await again.NextAsync(Wait)).Id);
    }

    [Fact]
    public async Task The_stream_is_for_staff_only()
    {
        var exerciseId = TestExercises.Create(factory, TestExercises.Tomorrow);
        var response = await factory.CreateClient().GetAsync($"/api/v1/exercises/{exerciseId}/questions/stream");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

public sealed class SqliteQuestionDeskStreamTests(SqliteFactory factory) : QuestionDeskStreamTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresQuestionDeskStreamTests(PostgresFactory factory) : QuestionDeskStreamTests(factory), IClassFixture<PostgresFactory>;
