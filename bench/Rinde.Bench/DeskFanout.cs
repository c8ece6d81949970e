using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Rinde.Bench;

/// <summary>Time from a question's 201 to its event on each of N connected desks.</summary>
public static class DeskFanout
{
    public static async Task RunAsync(string provider, int desks, int perSecond, TimeSpan duration)
    {
        var (server, exerciseId) = await BenchServer.StartAsync(provider);
        using (server)
        {
            using var client = IntakeLoad.Client(server.BaseAddress);
            var accessToken = await BenchServer.TokenAsync(client);

            var acknowledged = new ConcurrentDictionary<long, long>(); // event id (number) -> timestamp of the 201
            var received = new ConcurrentBag<(long Id, long At)>();
            using var stop = new CancellationTokenSource();
            var connected = new CountdownEvent(desks);
            var readers = Enumerable.Range(0, desks).Select(_ => Task.Run(async () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/exercises/{exerciseId}/questions/stream");
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stop.Token);
                using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop.Token));
                connected.Signal();
                try
                {
                    while (await reader.ReadLineAsync(stop.Token) is { } line)
                    {
                        if (line.StartsWith("id:", StringComparison.Ordinal))
                        {
                            received.Add((long.Parse(line[3..].Trim(), System.Globalization.CultureInfo.InvariantCulture), Stopwatch.GetTimestamp()));
                        }
                    }
                }
                catch (OperationCanceledException) { }
            })).ToList();
            connected.Wait(TimeSpan.FromSeconds(60));

            var total = (int)(perSecond * duration.TotalSeconds);
            var clock = Stopwatch.StartNew();
            var posts = new List<Task>();
            for (var i = 0; i < total; i++)
            {
                var wait = TimeSpan.FromSeconds((double)i / perSecond) - clock.Elapsed;
                if (wait > TimeSpan.FromMilliseconds(1))
                {
                    await Task.Delay(wait);
                }
                var n = i;
                posts.Add(Task.Run(async () =>
                {
                    var body = $$"""{"text":"Pregunta para las mesas {{n}}","anonymous":true}""";
                    using var response = await client.PostAsync($"/api/v1/exercises/{exerciseId}/questions",
                        new StringContent(body, Encoding.UTF8, "application/json"));
                    var at = Stopwatch.GetTimestamp();
                    var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    acknowledged[created.RootElement.GetProperty("number").GetInt64()] = at;
                }));
            }
            await Task.WhenAll(posts);
            await Task.Delay(TimeSpan.FromSeconds(3));
            await stop.CancelAsync();
            await Task.WhenAll(readers);

            // Negative when the event beat the 201 to the client: counted as 0.
            var delays = received.Where(r => acknowledged.ContainsKey(r.Id))
                .Select(r => Math.Max(0, Stopwatch.GetElapsedTime(acknowledged[r.Id], r.At).TotalMilliseconds)).ToList();
            var expected = (long)acknowledged.Count * desks;
            Console.WriteLine($"| {provider} | {desks} desks, {perSecond} questions/s for {duration.TotalSeconds:0} s | " +
                $"{delays.Count} of {expected} events delivered | {new Stats(delays).Summary()} |");
        }
    }
}
