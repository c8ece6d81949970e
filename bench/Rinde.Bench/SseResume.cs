using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Rinde.Tests.Infrastructure;

namespace Rinde.Bench;

/// <summary>
/// Desks on the live stream through the proxy while questions arrive; one node gets SIGKILL.
/// For every desk it held: the time from the kill until the desk, reconnected through the proxy
/// with Last-Event-ID, read its next event; and whether any desk lost or repeated an event.
/// </summary>
public static class SseResume
{
    private const int QuestionsPerSecond = 20;

    public static async Task RunAsync(RindeProcess victim, Uri proxy, int exerciseId, int desks)
    {
        using var client = IntakeLoad.Client(proxy);
        var token = await BenchServer.TokenAsync(client);
        using var stop = new CancellationTokenSource();
        var all = Enumerable.Range(0, desks).Select(_ => new SseDesk(client, exerciseId, token)).ToList();
        var reading = all.Select(d => d.RunAsync()).ToList();
        await Task.WhenAll(all.Select(d => d.Connected)).WaitAsync(TimeSpan.FromSeconds(60));

        using var citizen = LoopbackSenders.Client(proxy, 1000);
        var acknowledged = new ConcurrentBag<int>();
        var refused = new ConcurrentBag<string>();
        var posting = PostAsync(citizen, exerciseId, acknowledged, refused, stop.Token);
        await Task.Delay(TimeSpan.FromSeconds(3));

        // kill(2) itself: Process.Kill walks every process of the machine first, which on a busy
        // machine takes seconds that are no part of a node dying.
        var killedAt = Stopwatch.GetTimestamp();
        if (Kill(victim.ProcessId, 9) != 0)
        {
            throw new InvalidOperationException("kill(2) falló.");
        }
        victim.Kill(); // reaps it
        var goneAt = Stopwatch.GetTimestamp();
        var affected = await AffectedAsync(all);
        await Task.Delay(TimeSpan.FromSeconds(3)); // questions after everyone resumed, on the surviving node
        await stop.CancelAsync();
        await posting;
        var last = acknowledged.IsEmpty ? 0 : acknowledged.Max();
        for (var wait = Stopwatch.StartNew(); wait.Elapsed < TimeSpan.FromSeconds(10) && !all.All(d => d.Numbers.ContainsKey(last));)
        {
            await Task.Delay(10);
        }
        foreach (var desk in all)
        {
            desk.Close();
        }
        await Task.WhenAll(reading);
        all.ForEach(d => d.Dispose());

        var resumed = new Stats(affected?.Select(d => Stopwatch.GetElapsedTime(killedAt, d.ResumedAt!.Value).TotalMilliseconds) ?? []);
        var broke = new Stats(affected?.Select(d => Stopwatch.GetElapsedTime(killedAt, d.BrokenAt!.Value).TotalMilliseconds) ?? []);
        var reconnected = new Stats(affected?.Select(d => Stopwatch.GetElapsedTime(killedAt, d.ReconnectedAt!.Value).TotalMilliseconds) ?? []);
        var lost = all.Sum(d => acknowledged.Count(n => !d.Numbers.ContainsKey(n)));
        Console.WriteLine($"SSE desks resuming after SIGKILL of one of two nodes ({desks} desks through nginx, {QuestionsPerSecond} questions/s):");
        Console.WriteLine($"| desks on the killed node | {affected?.Count ?? 0} of {desks} (all resumed: {(affected is null ? "no, timed out" : "yes")}) |");
        Console.WriteLine($"| kill → the node's process reaped | {Stopwatch.GetElapsedTime(killedAt, goneAt).TotalMilliseconds:0} ms |");
        Console.WriteLine($"| kill → the desk sees its stream end | median {broke.Percentile(50):0} ms, max {broke.Percentile(100):0} ms |");
        Console.WriteLine($"| kill → reconnected (headers of the new stream) | median {reconnected.Percentile(50):0} ms, max {reconnected.Percentile(100):0} ms |");
        Console.WriteLine($"| kill → next event read on the new stream | **median {resumed.Percentile(50):0} ms, max {resumed.Percentile(100):0} ms** |");
        Console.WriteLine($"| questions answered 201 | {acknowledged.Count} (refused or failed: {refused.Count} — {string.Join(", ", refused.GroupBy(r => r).Select(g => $"{g.Key} × {g.Count()}"))}) |");
        Console.WriteLine($"| events lost (a 201 question missing at a desk) | {lost} of {(long)acknowledged.Count * desks} |");
        Console.WriteLine($"| events out of order or repeated | {all.Sum(d => d.OutOfOrder)} |");
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [System.Runtime.InteropServices.DefaultDllImportSearchPaths(System.Runtime.InteropServices.DllImportSearchPath.SafeDirectories)]
    private static extern int Kill(int pid, int signal);

    /// <summary>An open loop of questions through the proxy, keeping the number of each 201.</summary>
    private static async Task PostAsync(HttpClient citizen, int exerciseId, ConcurrentBag<int> acknowledged, ConcurrentBag<string> refused, CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        var posts = new List<Task>();
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var wait = TimeSpan.FromSeconds((double)i / QuestionsPerSecond) - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                try { await Task.Delay(wait, stop); } catch (OperationCanceledException) { break; }
            }
            var n = i;
            posts.Add(Task.Run(async () =>
            {
                try
                {
                    using var response = await citizen.SendAsync(IntakeLoad.Question(exerciseId, n));
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        acknowledged.Add(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("number").GetInt32());
                    }
                    else
                    {
                        refused.Add(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }
                }
                catch (HttpRequestException ex)
                {
                    refused.Add(ex.HttpRequestError.ToString());
                }
            }));
        }
        await Task.WhenAll(posts);
    }

    /// <summary>
    /// The desks whose stream broke, once every one of them has read an event on a new stream and
    /// no other desk has broken for a second (the killed node's desks may notice at different
    /// instants); null after a minute.
    /// </summary>
    private static async Task<List<SseDesk>?> AffectedAsync(List<SseDesk> all)
    {
        List<SseDesk>? candidate = null;
        for (var clock = Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(60);)
        {
            var broken = all.Where(d => d.BrokenAt is not null).ToList();
            if (broken.Count > 0 && broken.All(d => d.ResumedAt is not null))
            {
                if (candidate?.Count == broken.Count)
                {
                    return broken;
                }
                candidate = broken;
                await Task.Delay(TimeSpan.FromSeconds(1));
                continue;
            }
            candidate = null;
            await Task.Delay(10);
        }
        return null;
    }
}
