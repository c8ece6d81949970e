using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Tests.Infrastructure;

/// <summary>
/// Citizens posting questions without pause against a real Rinde process, keeping every answer
/// the server gave; for tests that hurt the server meanwhile (SIGKILL, SIGTERM, database outage)
/// and then check that each acknowledged question is stored exactly once with its number.
/// </summary>
public sealed class QuestionSenders : IAsyncDisposable
{
    public sealed record Created(int Id, int Number);

    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _senders;

    public QuestionSenders(HttpClient client, int exerciseId, int senders, string label)
    {
        _senders = Enumerable.Range(0, senders).Select(sender => Task.Run(async () =>
        {
            for (var i = 0; !_stop.IsCancellationRequested; i++)
            {
                var text = $"Pregunta {sender}-{i} {label}";
                try
                {
                    var response = await client.PostAsJsonAsync($"/api/v1/exercises/{exerciseId}/questions", new { text, anonymous = true });
                    Statuses.Add(response.StatusCode);
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        Acknowledged[text] = (await response.Content.ReadFromJsonAsync<Created>())!;
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                {
                    return; // the server is gone
                }
            }
        })).ToList();
    }

    public ConcurrentDictionary<string, Created> Acknowledged { get; } = new();
    public ConcurrentBag<HttpStatusCode> Statuses { get; } = [];

    /// <summary>Waits (up to a minute) until the server has answered what <paramref name="condition"/> asks.</summary>
    public async Task UntilAsync(Func<QuestionSenders, bool> condition, string what)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!condition(this))
        {
            if (timeout.IsCancellationRequested || _senders.All(s => s.IsCompleted))
            {
                throw new TimeoutException($"No llegó: {what} ({Acknowledged.Count} confirmadas).");
            }
            await Task.Delay(50, CancellationToken.None);
        }
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_senders);
    }

    /// <summary>Every question that got a 201 is stored exactly once, with the id and number it was given.</summary>
    public async Task AssertStoredOnceAsync(RindeDbContext db, int exerciseId)
    {
        var stored = await db.CitizenQuestions.Where(q => q.ExerciseId == exerciseId).Select(q => new { q.Id, q.Number, q.Text }).ToListAsync();
        Assert.Equal(stored.Count, stored.Select(q => q.Number).Distinct().Count());
        var byText = stored.ToLookup(q => q.Text);
        foreach (var (text, created) in Acknowledged)
        {
            var copies = byText[text].ToList();
            Assert.True(copies.Count == 1, $"«{text}», confirmada con 201, está guardada {copies.Count} veces.");
            Assert.Equal((created.Id, created.Number), (copies[0].Id, copies[0].Number));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }
}
