using Microsoft.Extensions.Options;
using MimeKit;

namespace Rinde.Features.Messages;

public enum SmtpSecurity { None, StartTls, SslOnConnect }

/// <summary>Smtp__* settings. Without a host, messages are written as .eml files (the demo).</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;
    public string? Username { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "Rinde <no-responder@rinde.local>";

    public MailboxAddress FromAddress => MailboxAddress.Parse(From);
}

/// <summary>How the outbox paces itself (Outbox__*); defaults suit production.</summary>
public sealed class OutboxOptions
{
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
    public TimeSpan RetryBase { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);
    public int MaxAttempts { get; set; } = 20;
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
    public int BatchSize { get; set; } = 50;

    /// <summary>Overdue messages above which a node reports itself not ready (/health/ready).</summary>
    public int ReadyBacklog { get; set; } = 500;

    /// <summary>Exponential backoff after the given number of attempts, capped.</summary>
    public TimeSpan DelayAfter(int attempts) =>
        TimeSpan.FromTicks(Math.Min(MaxRetryDelay.Ticks, RetryBase.Ticks * (1L << Math.Clamp(attempts - 1, 0, 20))));
}

/// <summary>Rinde__PublicUrl: the absolute address links in messages start with.</summary>
public sealed class PublicUrlOptions
{
    public string PublicUrl { get; set; } = "http://localhost:5000";
}

/// <summary>Refuses to start with settings that would only fail when the first message goes out.</summary>
internal sealed class SmtpOptionsValidator : IValidateOptions<SmtpOptions>, IValidateOptions<PublicUrlOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        var errors = new List<string>();
        if (options.Port is < 1 or > 65535)
        {
            errors.Add($"Smtp__Port debe estar entre 1 y 65535 (es {options.Port}).");
        }
        if (!MailboxAddress.TryParse(options.From, out var from) || !from.Address.Contains('@', StringComparison.Ordinal))
        {
            errors.Add($"Smtp__From «{options.From}» no es una dirección válida: escriba «Nombre <direccion@dominio>».");
        }
        if (!string.IsNullOrEmpty(options.Username) && string.IsNullOrEmpty(options.Password))
        {
            errors.Add("Smtp__Username necesita Smtp__Password.");
        }
        if (options.Host is { Length: > 0 } host && Uri.CheckHostName(host) == UriHostNameType.Unknown)
        {
            errors.Add($"Smtp__Host «{host}» no es un nombre de servidor válido.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    public ValidateOptionsResult Validate(string? name, PublicUrlOptions options) =>
        Uri.TryCreate(options.PublicUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Rinde__PublicUrl «{options.PublicUrl}» debe ser una dirección absoluta http(s).");
}
