using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Accounts;

namespace Rinde.Features.Messages;

public static class OutboxApi
{
    public sealed record OutboxView(long Id, string Kind, string To, string Subject, OutboxState State, int Attempts,
        DateTime CreatedAt, DateTime? SentAt, string? LastError);

    public static RouteGroupBuilder MapMessagesApi(this RouteGroupBuilder api)
    {
        var outbox = api.MapGroup("/outbox").RequireAuthorization(Roles.Administrador).DisableAntiforgery();
        outbox.MapGet("", ListAsync);
        return api;
    }

    private static async Task<Results<Ok<List<OutboxView>>, ValidationProblem>> ListAsync(string? state, RindeDbContext db, CancellationToken ct)
    {
        if (!OutboxQuery.TryParseState(state, out var wanted))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["state"] = [$"Estado desconocido: use {string.Join(", ", OutboxQuery.StateNames)}."],
            });
        }
        var views = await OutboxQuery.Latest(db, wanted, 500)
            .Select(m => new OutboxView(m.Id, m.Kind, m.To, m.Subject, m.State, m.Attempts, m.CreatedAt, m.SentAt, m.LastError))
            .ToListAsync(ct);
        return TypedResults.Ok(views);
    }
}

/// <summary>The one reading of the outbox for the page and the API.</summary>
public static class OutboxQuery
{
    public static IReadOnlyList<string> StateNames { get; } = Enum.GetNames<OutboxState>().Select(n => n.ToLowerInvariant()).ToList();

    public static bool TryParseState(string? value, out OutboxState? state)
    {
        state = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }
        if (Enum.TryParse<OutboxState>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _))
        {
            state = parsed;
            return true;
        }
        return false;
    }

    public static IQueryable<OutboxMessage> Latest(RindeDbContext db, OutboxState? state, int count)
    {
        var query = db.Set<OutboxMessage>().AsNoTracking();
        if (state is OutboxState s)
        {
            query = query.Where(m => m.State == s);
        }
        return query.OrderByDescending(m => m.Id).Take(count);
    }

    /// <summary>
    /// Sends a message again. One never accepted keeps its Message-ID (it is still the same
    /// message); one already sent goes out as a copy with a new id, since mail servers drop a
    /// Message-ID they already delivered. False when there is no such message or a sender holds it.
    /// </summary>
    public static async Task<bool> ResendAsync(RindeDbContext db, long id, DateTime now, CancellationToken ct)
    {
        var message = await db.Set<OutboxMessage>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (message is null)
        {
            return false;
        }
        if (message.State != OutboxState.Enviado)
        {
            return await db.Set<OutboxMessage>().Where(m => m.Id == id && m.State != OutboxState.Enviado && m.LeaseOwner == null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, OutboxState.Pendiente).SetProperty(m => m.NextAttemptAt, now)
                    .SetProperty(m => m.Attempts, 0), ct) == 1;
        }
        var domain = message.MessageId[(message.MessageId.IndexOf('@', StringComparison.Ordinal) + 1)..];
        db.Add(new OutboxMessage
        {
            Kind = message.Kind, To = message.To, Subject = message.Subject, TextBody = message.TextBody, HtmlBody = message.HtmlBody,
            MessageId = $"{Guid.NewGuid():N}@{domain}", UnsubscribeUrl = message.UnsubscribeUrl, QuestionId = message.QuestionId,
            InvitationId = message.InvitationId, AttachmentName = message.AttachmentName, AttachmentContent = message.AttachmentContent,
            CreatedAt = now, NextAttemptAt = now,
        });
        await db.SaveChangesAsync(ct);
        return true;
    }
}
