using Microsoft.Extensions.Options;
using MimeKit;

namespace Rinde.Features.Messages;

/// <summary>Turns an outbox row into the MIME message that goes on the wire, the same every attempt.</summary>
public sealed class MimeComposer(IOptions<SmtpOptions> options)
{
    public MimeMessage Compose(OutboxMessage message)
    {
        var mime = new MimeMessage { MessageId = message.MessageId, Subject = message.Subject, Date = message.CreatedAt };
        mime.From.Add(options.Value.FromAddress);
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Headers.Add("X-Rinde-Kind", message.Kind);
        mime.Headers.Add("Auto-Submitted", "auto-generated");
        if (message.UnsubscribeUrl is not null)
        {
            // RFC 8058: mail clients offer a one-click button that POSTs to the same link.
            mime.Headers.Add("List-Unsubscribe", $"<{message.UnsubscribeUrl}>");
            mime.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        if (message.AttachmentName is { } name && message.AttachmentContent is { } content)
        {
            // An .ics: calendars offer to add the event (RFC 5545, METHOD:PUBLISH).
            var type = name.EndsWith(".ics", StringComparison.OrdinalIgnoreCase) ? ContentType.Parse("text/calendar; method=PUBLISH; charset=utf-8")
                : ContentType.Parse("text/plain; charset=utf-8");
            body.Attachments.Add(name, System.Text.Encoding.UTF8.GetBytes(content), type);
        }
        mime.Body = body.ToMessageBody();
        return mime;
    }
}
