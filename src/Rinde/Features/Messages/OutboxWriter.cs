using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Rinde.Data;

namespace Rinde.Features.Messages;

/// <summary>
/// The one way a message enters the outbox: added to the caller's context, so it commits or
/// rolls back with the caller's change. Suppressed addresses get nothing.
/// </summary>
public sealed class OutboxWriter(IOptions<SmtpOptions> smtp, TimeProvider clock)
{
    /// <summary>Queues the drafts whose address did not unsubscribe; returns how many were queued.</summary>
    public async Task<int> AddAsync(RindeDbContext db, IReadOnlyCollection<MailDraft> drafts, CancellationToken ct)
    {
        if (drafts.Count == 0)
        {
            return 0;
        }
        // One plain address per message: a display name or a list typed into the field sends to nobody.
        drafts = drafts.Select(d => d with { To = PlainAddress(d.To) ?? "" }).Where(d => d.To.Length > 0).ToList();
        var addresses = drafts.Select(d => MailSuppression.Normalize(d.To)).Distinct().ToList();
        var suppressed = (await db.Set<MailSuppression>().AsNoTracking().Where(s => addresses.Contains(s.Address))
            .Select(s => s.Address).ToListAsync(ct)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        var domain = smtp.Value.FromAddress.Domain;
        var queued = 0;
        foreach (var draft in drafts.Where(d => !suppressed.Contains(MailSuppression.Normalize(d.To))))
        {
            db.Add(new OutboxMessage
            {
                Kind = draft.Kind, To = draft.To, Subject = draft.Subject, TextBody = draft.TextBody(), HtmlBody = draft.HtmlBody(),
                MessageId = $"{Guid.NewGuid():N}@{domain}", UnsubscribeUrl = draft.UnsubscribeUrl, // A new question gets its key in this same save; an existing one may be an untracked copy.
                QuestionId = draft.Question is { Id: > 0 } known ? known.Id : null,
                Question = draft.Question is { Id: 0 } added ? added : null,
                CreatedAt = now, NextAttemptAt = now, InvitationId = draft.InvitationId,
                AttachmentName = draft.Attachment?.Name, AttachmentContent = draft.Attachment?.Content,
            });
            queued++;
        }
        return queued;
    }

    /// <summary>The one plain address <paramref name="value"/> holds, or null (a display name, a list, a control character).</summary>
    public static string? PlainAddress(string value) =>
        InternetAddressList.TryParse(value.Trim(), out var list) && list.Count == 1 && list[0] is MailboxAddress { Address: var a }
            && a.Count(c => c == '@') == 1 && !a.Any(char.IsControl) && !a.Contains(' ', StringComparison.Ordinal)
            ? a
            : null;
}
