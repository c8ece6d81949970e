using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Rinde.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on 127.0.0.1 (the SmtpServer package) that keeps what it accepted. It can
/// be stopped and started again on the same port, as an outage of the mail server.
/// </summary>
public sealed class LoopbackSmtp : IAsyncDisposable
{
    private CancellationTokenSource? _running;
    private SmtpServer.SmtpServer? _server;
    private Task? _serving;

    public LoopbackSmtp()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public int Port { get; }

    /// <summary>For failure messages: whether the server is serving, or why it stopped.</summary>
    public string State => $"{_serving?.Status} {_serving?.Exception?.GetBaseException().Message}";

    /// <summary>Every message accepted, with its envelope recipients, in order of arrival.</summary>
    public ConcurrentQueue<Received> Messages { get; } = new();

    public sealed record Received(IReadOnlyList<string> Envelope, MimeMessage Message)
    {
        public string To => string.Join(",", Message.To.Mailboxes.Select(m => m.Address));
        public string Text => Message.TextBody ?? "";
        public string Html => Message.HtmlBody ?? "";
    }

    /// <summary>Settings that point Rinde at this server, with fast retries for tests.</summary>
    public Dictionary<string, string> Settings => new()
    {
        ["Smtp:Host"] = "127.0.0.1", ["Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "None", ["Smtp:From"] = "Alcaldía de Prueba <notificaciones@prueba.gov.co>",
        ["Rinde:PublicUrl"] = "https://rinde.prueba.gov.co", ["Outbox:PollInterval"] = "00:00:00.200",
        ["Outbox:RetryBase"] = "00:00:00.250", ["Outbox:MaxRetryDelay"] = "00:00:01", ["Outbox:MaxAttempts"] = "1000",
    };

    public LoopbackSmtp Start()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        _running = new CancellationTokenSource();
        _server = new SmtpServer.SmtpServer(options, services);
        _serving = _server.StartAsync(_running.Token);
        return this;
    }

    /// <summary>Closes the port and every open session, as a mail server that goes down.</summary>
    public async Task StopAsync()
    {
        if (_running is null)
        {
            return;
        }
        await _running.CancelAsync();
        try { await _serving!; } catch (OperationCanceledException) { }
        _running.Dispose();
        _running = null;
    }

    public List<Received> To(string address) =>
        Messages.Where(m => m.Envelope.Contains(address, StringComparer.OrdinalIgnoreCase)).ToList();

    /// <summary>Waits until <paramref name="condition"/> holds, failing after <paramref name="timeout"/>.</summary>
    public static Task UntilAsync(Func<bool> condition, TimeSpan timeout, string what) => UntilAsync(condition, timeout, () => what);

    public static async Task UntilAsync(Func<bool> condition, TimeSpan timeout, Func<string> what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No se cumplió en {timeout.TotalSeconds} s: {what()}");
            }
            await Task.Delay(50);
        }
    }

    public Task WaitForAsync(int count, TimeSpan? timeout = null) =>
        UntilAsync(() => Messages.Count >= count, timeout ?? TimeSpan.FromSeconds(30), $"{count} mensajes (llegaron {Messages.Count})");

    public async ValueTask DisposeAsync() => await StopAsync();

    private sealed class Store(LoopbackSmtp owner) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer,
            CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = MimeMessage.Load(stream, cancellationToken);
            owner.Messages.Enqueue(new Received(transaction.To.Select(t => $"{t.User}@{t.Host}").ToList(), message));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
