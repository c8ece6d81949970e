using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Accounts;
using Rinde.Features.Acta;
using Rinde.Features.Contacts;
using Rinde.Features.Exercises;
using Rinde.Features.Messages;
using Rinde.Infrastructure;

namespace Rinde.Features.Invitations;

/// <summary>Where an invitation is: its job's state and the outbox's counts of its messages.</summary>
public sealed record InvitationView(Guid Id, int ExerciseId, string Subject, JobState State, int Total, int Written, int Sent, int Failed, string? Error)
{
    public string StateName => State switch
    {
        JobState.Queued or JobState.Draft => "en_cola",
        JobState.Running => "enviando",
        JobState.Done => "terminada",
        _ => "fallida",
    };

    public bool Finished => State is JobState.Done or JobState.Failed;

    /// <summary>How far it got: messages delivered or failed out of all.</summary>
    public int Percent => Total == 0 ? (Finished ? 100 : 0) : Math.Min(100, 100 * (Sent + Failed) / Total);
}

/// <summary>Creating and reading invitations (the page and the API go through here).</summary>
public sealed class Invitations(RindeDbContext db, StaffScope scope, ContactLists lists, InvitationSignal signal, TimeProvider clock)
{
    public const string JobKind = "invitation";

    /// <summary>Queues an invitation; its id, or the Spanish reasons by field.</summary>
    public async Task<(Guid? Id, Dictionary<string, string[]> Errors)> CreateAsync(int exerciseId, IReadOnlyList<int>? listIds, string? subject,
        string? body, string user, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        // A subject is one header line: a line break typed or pasted into it becomes a space.
        subject = string.Join(' ', TextInput.Clean(subject ?? "").Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        body = TextInput.Clean(body ?? "").Trim();
        if (subject.Length is 0 or > InvitationText.MaxSubject) errors["subject"] = [$"Escriba el asunto (hasta {InvitationText.MaxSubject} caracteres)."];
        if (body.Length is 0 or > InvitationText.MaxBody) errors["body"] = [$"Escriba el mensaje (hasta {EsCo.Count(InvitationText.MaxBody)} caracteres)."];
        var wanted = (listIds ?? []).Distinct().ToList();
        var visible = await (await lists.VisibleAsync(scope, ct)).Where(l => wanted.Contains(l.Id)).Select(l => l.Id).ToListAsync(ct);
        if (wanted.Count == 0) errors["lists"] = ["Elija al menos una lista de contactos."];
        else if (visible.Count != wanted.Count) errors["lists"] = [$"No existen las listas {string.Join(", ", wanted.Except(visible))} o no son de sus dependencias."];
        var status = await db.Exercises.Where(e => e.Id == exerciseId).Select(e => (ActaState?)e.Status).FirstOrDefaultAsync(ct);
        if (status is ActaState s && s.IsFrozen()) errors["exercise"] = [$"El acta está {ActaStates.Label(s).ToLowerInvariant()}: ya no se registran acciones de convocatoria."];
        if (errors.Count > 0) return (null, errors);

        var now = clock.GetUtcNow().UtcDateTime;
        var id = Guid.NewGuid();
        db.Add(new Invitation { Id = id, ExerciseId = exerciseId, Subject = subject, Body = body, Lists = string.Join(",", visible), RequestedBy = user, CreatedAt = now });
        db.Add(new BackgroundJob { Id = id, Kind = JobKind, State = JobState.Queued, ExerciseId = exerciseId, RequestedBy = user, CreatedAt = now });
        await db.SaveChangesAsync(ct);
        signal.Queued();
        return (id, errors);
    }

    /// <summary>The invitation, when this person may see its exercise; null otherwise.</summary>
    public async Task<InvitationView?> FindAsync(Guid id, CancellationToken ct)
    {
        var invitation = await db.Set<Invitation>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (invitation is null || !await scope.CanSeeExerciseAsync(invitation.ExerciseId, ct)) return null;
        return await ViewAsync(db, invitation, ct);
    }

    public static async Task<InvitationView> ViewAsync(RindeDbContext db, Invitation invitation, CancellationToken ct)
    {
        var job = await db.Set<BackgroundJob>().AsNoTracking().FirstAsync(j => j.Id == invitation.Id, ct);
        var counts = await db.Set<OutboxMessage>().Where(m => m.InvitationId == invitation.Id).GroupBy(m => m.State)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return new InvitationView(invitation.Id, invitation.ExerciseId, invitation.Subject, job.State, job.Total, job.Progress,
            counts.GetValueOrDefault(OutboxState.Enviado), counts.GetValueOrDefault(OutboxState.Fallido) + counts.GetValueOrDefault(OutboxState.Cancelado), job.Error);
    }
}

/// <summary>Wakes this node's invitation worker when one is queued here (others find it by polling).</summary>
public sealed class InvitationSignal : IDisposable
{
    private readonly SemaphoreSlim _queued = new(0);

    public void Queued()
    {
        if (_queued.CurrentCount == 0) _queued.Release();
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct) => await _queued.WaitAsync(timeout, ct);

    public void Dispose() => _queued.Dispose();
}
