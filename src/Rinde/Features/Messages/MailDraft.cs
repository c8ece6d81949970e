using System.Net;
using System.Text;

namespace Rinde.Features.Messages;

/// <summary>
/// One paragraph of a message, optionally a link (shown as its address in plain text).
/// <paramref name="SafeHtml"/>: the HTML of the paragraph when it is already rendered safely
/// (Markdown through ActaMarkdown); the plain text is then <paramref name="Text"/>.
/// </summary>
public sealed record MailPart(string Text, string? LinkText = null, string? Link = null, bool Quote = false, string? SafeHtml = null);

/// <summary>A text file sent with a message (an .ics).</summary>
public sealed record MailAttachment(string Name, string Content);

/// <summary>A message before it enters the outbox: both bodies come from the same parts.</summary>
public sealed record MailDraft(string Kind, string To, string Subject, string EntityName, IReadOnlyList<MailPart> Parts,
    string? UnsubscribeUrl = null, Questions.CitizenQuestion? Question = null, MailAttachment? Attachment = null, Guid? InvitationId = null)
{
    public string TextBody()
    {
        var text = new StringBuilder().Append(EntityName).Append("\n\n");
        foreach (var part in Parts)
        {
            text.Append(part.Quote ? "> " + part.Text.ReplaceLineEndings("\n> ") : part.Text);
            if (part.Link is not null)
            {
                text.Append(part.Text.Length > 0 ? "\n" : "").Append(part.LinkText).Append(": ").Append(part.Link);
            }
            text.Append("\n\n");
        }
        if (UnsubscribeUrl is not null)
        {
            text.Append("Para no recibir más mensajes en esta dirección: ").Append(UnsubscribeUrl).Append('\n');
        }
        return text.ToString();
    }

    public string HtmlBody()
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"es-CO\"><head><meta charset=\"utf-8\"><title>").Append(E(Subject)).Append("</title></head>")
            .Append("<body style=\"font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:40em\">")
            .Append("<p style=\"font-weight:bold\">").Append(E(EntityName)).Append("</p>");
        foreach (var part in Parts)
        {
            if (part.SafeHtml is not null)
            {
                html.Append(part.SafeHtml);
                continue;
            }
            var text = E(part.Text).ReplaceLineEndings("<br>");
            html.Append(part.Quote ? "<blockquote style=\"border-left:4px solid #555;margin:0;padding-left:1em\">" : "<p>")
                .Append(text);
            if (part.Link is not null)
            {
                html.Append(part.Text.Length > 0 ? " " : "").Append("<a href=\"").Append(E(part.Link)).Append("\">").Append(E(part.LinkText ?? part.Link)).Append("</a>");
            }
            html.Append(part.Quote ? "</blockquote>" : "</p>");
        }
        if (UnsubscribeUrl is not null)
        {
            html.Append("<p style=\"font-size:14px\"><a href=\"").Append(E(UnsubscribeUrl))
                .Append("\">No recibir más mensajes en esta dirección</a></p>");
        }
        return html.Append("</body></html>").ToString();
    }
}
