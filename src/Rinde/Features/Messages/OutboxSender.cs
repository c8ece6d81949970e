using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rinde.Data;

namespace Rinde.Features.Messages;

/// <summary>
/// Delivers the outbox in the background: claims a batch, sends each message over one
/// connection, marks it sent once the server accepted it, and retries failures with
/// exponential backoff. A refusal for the address itself (5xx) is final.
/// </summary>
public sealed class OutboxSender(IServiceScopeFactory scopes, IMailDelivery delivery, MimeComposer composer, OutboxSignal signal,
    IOptions<OutboxOptions> options, TimeProvider clock, ILogger<OutboxSender> logger) : BackgroundService
{
    private readonly Guid _owner = Guid.NewGuid();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try
            {
                sent = await SendBatchAsync(o, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "El envío de correos falló; se reintentará");
            }
            if (sent < o.BatchSize)
            {
                await signal.WaitAsync(o.PollInterval, stoppingToken);
            }
        }
    }

    /// <summary>Sends one batch; returns how many messages it claimed.</summary>
    private async Task<int> SendBatchAsync(OutboxOptions o, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RindeDbContext>();
        var batch = await OutboxClaims.ClaimAsync(db, _owner, o.BatchSize, o.Lease, clock.GetUtcNow().UtcDateTime, ct);
        if (batch.Count == 0)
        {
            return 0;
        }
        var suppressed = await SuppressedAsync(db, batch, ct);
        IMailSession? session = null;
        try
        {
            for (var i = 0; i < batch.Count; i++)
            {
                var message = batch[i];
                if (suppressed.Contains(MailSuppression.Normalize(message.To)))
                {
                    await OutboxClaims.MarkFailedAsync(db, message.Id, _owner, "La dirección pidió no recibir más mensajes.", null,
                        OutboxState.Cancelado, ct);
                    continue;
                }
                try
                {
                    session ??= await delivery.OpenAsync(ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // No server: the whole rest of the batch waits for its next attempt now, not when its lease ends.
                    foreach (var waiting in batch.Skip(i))
                    {
                        await RecordFailureAsync(db, o, waiting, ex, permanent: false, ct);
                    }
                    break;
                }
                try
                {
                    await session.SendAsync(composer.Compose(message), ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    var permanent = Permanent(ex);
                    await RecordFailureAsync(db, o, message, ex, permanent, ct);
                    if (!permanent)
                    {
                        await session.DisposeAsync();
                        session = null;
                    }
                    continue;
                }
                await OutboxClaims.MarkSentAsync(db, message.Id, _owner, clock.GetUtcNow().UtcDateTime, ct);
            }
        }
        finally
        {
            if (session is not null)
            {
                await session.DisposeAsync();
            }
        }
        return batch.Count;
    }

    private async Task RecordFailureAsync(RindeDbContext db, OutboxOptions o, OutboxMessage message, Exception ex, bool permanent,
        CancellationToken ct)
    {
        var final = permanent || message.Attempts >= o.MaxAttempts;
        DateTime? retryAt = final ? null : clock.GetUtcNow().UtcDateTime + o.DelayAfter(message.Attempts);
        logger.LogWarning("Correo {Id} a {To}: intento {Attempt} falló: {Error}", message.Id, message.To, message.Attempts, ex.Message);
        await OutboxClaims.MarkFailedAsync(db, message.Id, _owner, Describe(ex), retryAt, OutboxState.Fallido, ct);
    }

    /// <summary>The server refused this message for good (bad address, mailbox unknown): retrying changes nothing.</summary>
    private static bool Permanent(Exception ex) =>
        ex is MimeKit.ParseException
        || (ex is SmtpCommandException command && (int)command.StatusCode >= 500
            && command.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.SenderNotAccepted or SmtpErrorCode.MessageNotAccepted);

    private static string Describe(Exception ex) => ex switch
    {
        SmtpCommandException c => $"El servidor respondió {(int)c.StatusCode}: {c.Message}",
        SmtpProtocolException => $"Error de protocolo SMTP: {ex.Message}",
        System.Net.Sockets.SocketException or IOException or TimeoutException => $"No se pudo conectar con el servidor de correo: {ex.Message}",
        MimeKit.ParseException => $"La dirección no es válida: {ex.Message}",
        _ => ex.Message,
    };

    private static async Task<HashSet<string>> SuppressedAsync(RindeDbContext db, List<OutboxMessage> batch, CancellationToken ct)
    {
        var withLink = batch.Where(m => m.UnsubscribeUrl is not null).Select(m => MailSuppression.Normalize(m.To)).Distinct().ToList();
        if (withLink.Count == 0)
        {
            return [];
        }
        return (await db.Set<MailSuppression>().AsNoTracking().Where(s => withLink.Contains(s.Address)).Select(s => s.Address).ToListAsync(ct))
            .ToHashSet();
    }
}
