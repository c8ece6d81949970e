using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Rinde.Features.Acta.Pdf;

/// <summary>
/// Prints the acta's web page to PDF with headless Chromium: the PDF is exactly the page
/// citizens see. Chromium is taken from <c>Chromium:Path</c> or the usual places; at most
/// two print at once, and a print that takes too long is stopped.
/// </summary>
/// <summary>Section <c>Chromium</c>: which browser prints the PDF, and how long a print may take.</summary>
public sealed class ChromiumOptions
{
    /// <summary>The browser's path; when unset, the usual places are tried.</summary>
    public string? Path { get; set; }

    [Range(5, 3600)]
    public int TimeoutSeconds { get; set; } = 90;
}

public sealed class ChromiumPdf(IOptions<ChromiumOptions> options, ILogger<ChromiumPdf> logger) : IDisposable
{
    private static readonly string[] KnownPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
    private readonly SemaphoreSlim _slots = new(2);

    /// <summary>The browser to use, or null when none is installed (or the configured one is missing).</summary>
    public string? FindChromium() =>
        options.Value.Path is { Length: > 0 } configured
            ? (File.Exists(configured) ? configured : null)
            : KnownPaths.FirstOrDefault(File.Exists);

    private TimeSpan Timeout => TimeSpan.FromSeconds(options.Value.TimeoutSeconds);

    public async Task<byte[]> PrintAsync(string html, CancellationToken ct)
    {
        var chromium = FindChromium() ?? throw new ChromiumMissingException();
        var dir = Directory.CreateTempSubdirectory("rinde-pdf-").FullName;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await _slots.WaitAsync(ct);
        try
        {
            var page = Path.Combine(dir, "acta.html");
            var output = Path.Combine(dir, "acta.pdf");
            await File.WriteAllTextAsync(page, html, ct);
            await RunAsync(chromium, Arguments(dir, page, output), ct);
            var bytes = File.Exists(output) ? await File.ReadAllBytesAsync(output, ct) : [];
            if (bytes.Length < 5 || !bytes.AsSpan(0, 5).SequenceEqual("%PDF-"u8))
            {
                throw new ChromiumFailedException("Chromium terminó sin escribir el PDF.");
            }
            return bytes;
        }
        finally
        {
            _slots.Release();
            Infrastructure.Telemetry.ActaGeneration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("formato", "pdf"));
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    private static IEnumerable<string> Arguments(string dir, string page, string output) =>
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", $"--user-data-dir={Path.Combine(dir, "perfil")}",
        "--no-pdf-header-footer", $"--print-to-pdf={output}", new Uri(page).AbsoluteUri,
    ];

    private async Task RunAsync(string chromium, IEnumerable<string> arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new ChromiumFailedException("No se pudo iniciar Chromium.");
        var stderr = process.StandardError.ReadToEndAsync(ct);
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (ct.IsCancellationRequested) throw;
            throw new ChromiumFailedException($"Chromium no terminó en {Timeout.TotalSeconds:0} segundos.");
        }
        await Task.WhenAll(stderr, stdout);
        if (process.ExitCode != 0)
        {
            logger.LogWarning("Chromium salió con código {Code}: {Error}", process.ExitCode, Tail(stderr.Result));
            throw new ChromiumFailedException($"Chromium salió con el código {process.ExitCode}.");
        }
    }

    public void Dispose() => _slots.Dispose();

    private static string Tail(string text) => text.Length <= 2000 ? text : text[^2000..];
}

public sealed class ChromiumMissingException() : Exception("Chromium no está instalado.");

public sealed class ChromiumFailedException(string message) : Exception(message);
