using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Rinde.Bench;

/// <summary>
/// One staff desk on the live stream, as EventSource does it: when the stream breaks it
/// reconnects with Last-Event-ID (at once: the bench measures the server side, not a browser's
/// retry pause) and records when the break, the new stream and its first event happened.
/// </summary>
public sealed class SseDesk(HttpClient client, int exerciseId, string token) : IDisposable
{
    private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _close = new();
    private long _lastId;

    public Task Connected => _connected.Task;
    /// <summary>The question numbers read, written by the desk's reader while the bench looks.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<int, byte> Numbers { get; } = new();
    public int OutOfOrder { get; private set; }
    public long? BrokenAt { get; private set; }
    public long? ReconnectedAt { get; private set; }
    public long? ResumedAt { get; private set; }

    public void Close() => _close.Cancel();

    public void Dispose() => _close.Dispose();

    public async Task RunAsync()
    {
        var ct = _close.Token;
        while (!ct.IsCancellationRequested)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/exercises/{exerciseId}/questions/stream");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            if (_lastId > 0)
            {
                request.Headers.Add("Last-Event-ID", _lastId.ToString(CultureInfo.InvariantCulture));
            }
            try
            {
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
                response.EnsureSuccessStatusCode();
                if (BrokenAt is not null)
                {
                    ReconnectedAt ??= Stopwatch.GetTimestamp();
                }
                _connected.TrySetResult();
                await ReadAsync(await response.Content.ReadAsStreamAsync(ct), ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException)
            {
                // A refused or broken stream: reconnect, as a browser would.
            }
            BrokenAt ??= Stopwatch.GetTimestamp();
        }
    }

    private async Task ReadAsync(Stream stream, CancellationToken ct)
    {
        using var reader = new StreamReader(stream);
        long? id = null;
        string? data = null;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            // Fields come in any order (ASP.NET Core writes data before id); an event ends at a blank line.
            if (line.StartsWith("id:", StringComparison.Ordinal))
            {
                id = long.Parse(line[3..].Trim(), CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data = line[5..];
            }
            else if (line.Length == 0 && id is { } seen && data is not null)
            {
                using var json = JsonDocument.Parse(data);
                var n = json.RootElement.GetProperty("question").GetProperty("number").GetInt32();
                if (seen != _lastId + 1)
                {
                    OutOfOrder++;
                }
                _lastId = Math.Max(_lastId, seen);
                Numbers[n] = 0;
                if (ReconnectedAt is not null)
                {
                    ResumedAt ??= Stopwatch.GetTimestamp();
                }
                (id, data) = (null, null);
            }
            else if (line.Length == 0)
            {
                (id, data) = (null, null); // the "conectado" event, without id
            }
        }
    }
}
