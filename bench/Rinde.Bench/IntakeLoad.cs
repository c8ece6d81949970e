using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace Rinde.Bench;

/// <summary>
/// Citizens' questions per second and their latency, next to the same server's no-op
/// endpoint (GET /api/v1/health) measured in the same run.
/// </summary>
public static class IntakeLoad
{
    public static HttpClient Client(Uri server) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = 512,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    })
    { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };

    public static HttpRequestMessage Question(int exerciseId, long n)
    {
        var body = $$"""{"text":"Pregunta de la medición número {{n}}","type":"pregunta","anonymous":true}""";
        return new HttpRequestMessage(HttpMethod.Post, $"/api/v1/exercises/{exerciseId}/questions")
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
    }

    private static HttpRequestMessage Noop() => new(HttpMethod.Get, "/api/v1/health");

    /// <summary>As fast as <paramref name="workers"/> concurrent senders can go.</summary>
    public static Task<(double PerSecond, Stats Latency, int Errors)> ClosedLoopAsync(
        HttpClient client, Func<long, HttpRequestMessage> request, int workers, TimeSpan duration) =>
        ClosedLoopAsync([client], request, workers, duration);

    /// <summary>The same, worker w sending through <c>clients[w % clients.Count]</c> (one citizen each).</summary>
    public static async Task<(double PerSecond, Stats Latency, int Errors)> ClosedLoopAsync(
        IReadOnlyList<HttpClient> clients, Func<long, HttpRequestMessage> request, int workers, TimeSpan duration)
    {
        var latencies = new List<double>[workers];
        var errors = 0;
        long counter = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            var mine = latencies[w] = new List<double>(100_000);
            var client = clients[w % clients.Count];
            while (clock.Elapsed < duration)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(request(Interlocked.Increment(ref counter)));
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })));
        var all = latencies.SelectMany(l => l).ToList();
        return (all.Count / clock.Elapsed.TotalSeconds, new Stats(all), errors);
    }

    /// <summary>
    /// A fixed arrival rate; latency counts from when each request was due, so a slow server
    /// cannot hide its queue (no coordinated omission).
    /// </summary>
    public static async Task<(double PerSecond, Stats Latency, int Errors)> OpenLoopAsync(
        HttpClient client, Func<long, HttpRequestMessage> request, int perSecond, TimeSpan duration)
    {
        var total = (int)(perSecond * duration.TotalSeconds);
        var latencies = new double[total];
        var errors = 0;
        var clock = Stopwatch.StartNew();
        var tasks = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }
            var index = i;
            tasks.Add(Task.Run(async () =>
            {
                using var response = await client.SendAsync(request(index));
                latencies[index] = (clock.Elapsed - due).TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }));
        }
        await Task.WhenAll(tasks);
        return (total / clock.Elapsed.TotalSeconds, new Stats(latencies), errors);
    }

    public static async Task RunAsync(string provider, TimeSpan duration, int rate)
    {
        var (server, exerciseId) = await BenchServer.StartAsync(provider);
        using (server)
        {
            using var client = Client(server.BaseAddress);
            await ClosedLoopAsync(client, n => Question(exerciseId, n), 32, TimeSpan.FromSeconds(3)); // warm-up
            await ClosedLoopAsync(client, _ => Noop(), 32, TimeSpan.FromSeconds(2));

            var noop = await ClosedLoopAsync(client, _ => Noop(), 64, duration);
            var max = await ClosedLoopAsync(client, n => Question(exerciseId, 1_000_000 + n), 64, duration);
            var paced = await OpenLoopAsync(client, n => Question(exerciseId, 5_000_000 + n), rate, duration);
            var pacedNoop = await OpenLoopAsync(client, _ => Noop(), rate, duration);

            Console.WriteLine($"| {provider} | no-op GET /api/v1/health, 64 concurrent | {noop.PerSecond:0} req/s | {noop.Latency.Summary()} | errors {noop.Errors} |");
            Console.WriteLine($"| {provider} | questions, 64 concurrent | {max.PerSecond:0} q/s | {max.Latency.Summary()} | errors {max.Errors} |");
            Console.WriteLine($"| {provider} | no-op at {rate}/s | {pacedNoop.PerSecond:0} req/s | {pacedNoop.Latency.Summary()} | errors {pacedNoop.Errors} |");
            Console.WriteLine($"| {provider} | questions at {rate}/s | {paced.PerSecond:0} q/s | {paced.Latency.Summary()} | errors {paced.Errors} |");
        }
    }
}
