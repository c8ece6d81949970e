using Rinde.Tests.Deployment;
using Rinde.Tests.Infrastructure;

namespace Rinde.Bench;

/// <summary>
/// Production as docs/deploy.md describes it, on loopback: two nodes on one PostgreSQL behind
/// nginx with deploy/nginx.conf, round-robin. In one run: question intake through the proxy
/// against one node direct, then SSE desks resuming after SIGKILL of a node.
/// </summary>
public static class NodesBench
{
    public static async Task RunAsync(int concurrency, TimeSpan duration, int desks)
    {
        var postgres = BenchServer.Postgres;
        using var a = new RindeProcess(BenchServer.Environment(postgres));
        await a.StartAsync(); // the first node migrates the new database
        using var b = new RindeProcess(BenchServer.Environment(postgres));
        await b.StartAsync();
        using var proxy = new NginxProxy(a.BaseAddress, b.BaseAddress);
        await proxy.StartAsync();
        int intakeExercise, deskExercise;
        await using (var db = BenchServer.OpenPostgres(postgres))
        {
            intakeExercise = await BenchServer.CreateExerciseAsync(db);
            deskExercise = await BenchServer.CreateExerciseAsync(db);
        }

        await IntakeAsync(a.BaseAddress, proxy.BaseAddress, intakeExercise, concurrency, duration);
        await SseResume.RunAsync(a, proxy.BaseAddress, deskExercise, desks);
    }

    /// <summary>
    /// The same closed loop (one citizen per sender) against node A alone and against the proxy,
    /// in alternating rounds so that other work on the machine weighs on both alike.
    /// </summary>
    private static async Task IntakeAsync(Uri direct, Uri proxy, int exerciseId, int concurrency, TimeSpan duration)
    {
        HttpClient[] Senders(Uri server) => [.. Enumerable.Range(0, concurrency).Select(s => LoopbackSenders.Client(server, s))];
        var setups = new[] { ("one node, direct", Senders(direct)), ("two nodes through nginx", Senders(proxy)) };
        long offset = 0;
        Func<long, HttpRequestMessage> Questions()
        {
            var from = offset += 10_000_000;
            return n => IntakeLoad.Question(exerciseId, from + n);
        }
        foreach (var (_, clients) in setups)
        {
            await IntakeLoad.ClosedLoopAsync(clients, Questions(), concurrency, TimeSpan.FromSeconds(3)); // warm-up
        }

        const int rounds = 3;
        var results = setups.Select(_ => new List<(double PerSecond, Stats Latency, int Errors)>()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < setups.Length; i++)
            {
                results[i].Add(await IntakeLoad.ClosedLoopAsync(setups[i].Item2, Questions(), concurrency, duration / rounds));
            }
        }

        Console.WriteLine($"Question intake, {concurrency} concurrent senders (one citizen each), {duration.TotalSeconds:0} s per setup in {rounds} alternating rounds:");
        Console.WriteLine("| setup | throughput | × one node direct | latency | errors |");
        Console.WriteLine("|---|---|---|---|---|");
        double? baseline = null;
        for (var i = 0; i < setups.Length; i++)
        {
            // Rounds of equal length: the overall rate is the samples over the summed seconds.
            var seconds = results[i].Sum(r => r.Latency.Count / r.PerSecond);
            var latency = Stats.Merge(results[i].Select(r => r.Latency));
            var perSecond = latency.Count / seconds;
            baseline ??= perSecond;
            var perRound = string.Join(", ", results[i].Select(r => r.PerSecond.ToString("0", System.Globalization.CultureInfo.InvariantCulture)));
            Console.WriteLine($"| {setups[i].Item1} | {perSecond:0} q/s (rounds {perRound}) | {perSecond / baseline:0.00} | {latency.Summary()} | {results[i].Sum(r => r.Errors)} |");
        }
        foreach (var client in setups.SelectMany(s => s.Item2))
        {
            client.Dispose();
        }
    }
}
