using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Rinde.Infrastructure;

namespace Rinde.Features.Messages;

/// <summary>Where messages go: an SMTP server, or .eml files when no server is configured.</summary>
public interface IMailDelivery
{
    /// <summary>One connection for a batch; each send returns only once the message was accepted.</summary>
    Task<IMailSession> OpenAsync(CancellationToken ct);
}

public interface IMailSession : IAsyncDisposable
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}

/// <summary>MailKit against Smtp__Host.</summary>
public sealed class SmtpDelivery(IOptions<SmtpOptions> options) : IMailDelivery
{
    public async Task<IMailSession> OpenAsync(CancellationToken ct)
    {
        var o = options.Value;
        var client = new SmtpClient { Timeout = 30_000 };
        try
        {
            var security = o.Security switch
            {
                SmtpSecurity.None => SecureSocketOptions.None,
                SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
                _ => SecureSocketOptions.StartTls,
            };
            await client.ConnectAsync(o.Host!, o.Port, security, ct);
            if (!string.IsNullOrEmpty(o.Username))
            {
                await client.AuthenticateAsync(o.Username, o.Password ?? "", ct);
            }
            return new Session(client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private sealed class Session(SmtpClient client) : IMailSession
    {
        public async Task SendAsync(MimeMessage message, CancellationToken ct) => await client.SendAsync(message, ct);

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected)
                {
                    await client.DisconnectAsync(quit: true, CancellationToken.None);
                }
            }
            catch (Exception ex) when (ex is IOException or MailKit.ProtocolException or System.Net.Sockets.SocketException)
            {
                // The messages were accepted already; a rude goodbye changes nothing.
            }
            client.Dispose();
        }
    }
}

/// <summary>The embedded default: RINDE_DATA_DIR/mail/*.eml, named by Message-ID so a repeat overwrites.</summary>
public sealed class PickupDirectoryDelivery(DataDirectory data) : IMailDelivery, IMailSession
{
    public string Folder { get; } = Path.Combine(data.Root, "mail");

    public Task<IMailSession> OpenAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        return Task.FromResult<IMailSession>(this);
    }

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var name = FileName(message.MessageId ?? throw new InvalidOperationException("Mensaje sin Message-ID."));
        var path = Path.Combine(Folder, name);
        var temporary = path + ".tmp";
        await message.WriteToAsync(temporary, ct);
        File.Move(temporary, path, overwrite: true);
    }

    public static string FileName(string messageId) => messageId.Split('@')[0] + ".eml";

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
