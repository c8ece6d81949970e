using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Rinde.Tests.Infrastructure;

/// <summary>Rinde as a real separate process (dotnet Rinde.dll), to be killed and restarted.</summary>
public sealed class RindeProcess : IDisposable
{
    private Process? _process;

    public RindeProcess(IDictionary<string, string> environment)
    {
        Environment = new Dictionary<string, string>(environment);
        Port = FreePort();
    }

    public Dictionary<string, string> Environment { get; }
    public int Port { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    /// <summary>The operating system's process id (the bench sends its signal itself, to time it).</summary>
    public int ProcessId => _process?.Id ?? throw new InvalidOperationException("El proceso no arrancó.");

    public async Task StartAsync()
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Rinde.dll"), "--urls", BaseAddress.ToString()])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var (key, value) in Environment)
        {
            info.Environment[key] = value;
        }
        _process = Process.Start(info)!;
        _process.OutputDataReceived += (_, e) => Remember(e.Data);
        _process.ErrorDataReceived += (_, e) => Remember(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        // A safety net, not a measure: on a loaded machine a start with its migrations can take minutes.
        var deadline = DateTime.UtcNow.AddSeconds(300);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Rinde terminó al arrancar (código {_process.ExitCode}):\n{string.Join('\n', _output)}");
            }
            try
            {
                if ((await client.GetAsync("/api/v1/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException("Rinde no respondió en 300 s.");
    }

    /// <summary>SIGKILL: no shutdown, no flush, as when the machine loses power.</summary>
    public void Kill()
    {
        _process?.Kill(entireProcessTree: true);
        _process?.WaitForExit();
    }

    /// <summary>SIGTERM, as systemd or a rolling upgrade stops a node; returns how long it took to exit and its code.</summary>
    public async Task<(TimeSpan Elapsed, int ExitCode)> TerminateAsync(TimeSpan timeout)
    {
        var process = _process ?? throw new InvalidOperationException("El proceso no arrancó.");
        var watch = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        using var cts = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cts.Token);
        return (watch.Elapsed, process.ExitCode);
    }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            Kill();
        }
        _process?.Dispose();
    }

    /// <summary>The last lines the process printed, to explain a failure.</summary>
    public string Output => string.Join('\n', _output);

    // The last lines the process printed, to explain a failed start.
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _output = new();

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }
        _output.Enqueue(line);
        while (_output.Count > 60 && _output.TryDequeue(out _))
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
