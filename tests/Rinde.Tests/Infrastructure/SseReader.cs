namespace Rinde.Tests.Infrastructure;

/// <summary>Reads text/event-stream events (id, event, data) from a response body.</summary>
public sealed class SseReader(Stream stream) : IDisposable
{
    private readonly StreamReader _reader = new(stream);

    public sealed record Event(string? Id, string? Type, string Data, int? Retry = null);

    public async Task<Event> NextAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        string? id = null, type = null;
        int? retry = null;
        var data = new List<string>();
        while (true)
        {
            var line = await _reader.ReadLineAsync(cts.Token) ?? throw new EndOfStreamException("El flujo terminó.");
            if (line.Length == 0)
            {
                if (data.Count > 0)
                {
                    return new Event(id, type, string.Join('\n', data), retry);
                }
                continue;
            }
            if (line.StartsWith("id:", StringComparison.Ordinal)) id = line[3..].Trim();
            else if (line.StartsWith("event:", StringComparison.Ordinal)) type = line[6..].Trim();
            else if (line.StartsWith("data:", StringComparison.Ordinal)) data.Add(line[5..].TrimStart());
            else if (line.StartsWith("retry:", StringComparison.Ordinal)) retry = int.Parse(line[6..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public void Dispose() => _reader.Dispose();
}
