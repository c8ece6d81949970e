using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rinde.Data;
using Rinde.Features.Contacts;
using Rinde.Features.Convocation;
using Rinde.Features.Messages;
using Rinde.Infrastructure;

namespace Rinde.Features.Invitations;

/// <summary>
/// Sends one invitation this node holds. Each batch of messages and the job's progress commit
/// in one transaction fenced by the lease, so a node that dies or loses the job leaves whole
/// batches only, and whoever takes it over skips the addresses already written: nobody gets
/// the invitation twice from Rinde. When every message is delivered or failed, the
/// convocation action and the job's end commit together.
/// </summary>
public sealed class InvitationRunner(IServiceScopeFactory scopes, OutboxWriter writer, OutboxSignal outbox, InvitationText text,
    IOptions<InvitationOptions> invitationOptions, IOptions<JobOptions> jobOptions, TimeProvider clock)
{
    public const string Channel = "correo electrónico";

    public async Task RunAsync(JobTake take, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RindeDbContext>();
        var job = await BackgroundJobs.Held(db, take).AsNoTracking().FirstOrDefaultAsync(ct);
        var invitation = await db.Set<Invitation>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == take.Id, ct);
        var exercise = await db.Exercises.AsNoTracking().Include(e => e.Dependency).Include(e => e.ActaFormat).FirstOrDefaultAsync(e => e.Id == job!.ExerciseId, ct);
        if (job is null || invitation is null || exercise is null)
        {
            if (job is not null) await BackgroundJobs.FailAsync(db, take, "La invitación o su ejercicio ya no existen.", Now, ct);
            return;
        }
        if (job.Attempts > jobOptions.Value.MaxAttempts)
        {
            await BackgroundJobs.FailAsync(db, take, $"El envío se interrumpió {EsCo.Count(job.Attempts - 1)} veces; avise al administrador.", Now, ct);
            return;
        }
        var entity = exercise.ActaFormat?.EntityName ?? exercise.Dependency.Name;
        var recipients = await RecipientsAsync(db, invitation, ct);
        var written = (await db.Set<OutboxMessage>().Where(m => m.InvitationId == invitation.Id).Select(m => m.To).ToListAsync(ct)).ToHashSet();
        if (!await RenewAsync(db, take, recipients.Count, written.Count, ct)) return;

        var o = invitationOptions.Value;
        var batches = recipients.Where(r => !written.Contains(r.Email)).Chunk(Math.Max(1, o.BatchSize)).ToList();
        foreach (var batch in batches)
        {
            var now = Now;
            await using (var transaction = await db.Database.BeginTransactionAsync(ct))
            {
                var drafts = batch.Select(r => text.Draft(exercise, entity, invitation.Subject, invitation.Body, r.Email, r.Name, invitation.Id, now)).ToList();
                await writer.AddAsync(db, drafts, ct);
                await db.SaveChangesAsync(ct);
                written.UnionWith(batch.Select(r => r.Email));
                if (!await RenewAsync(db, take, recipients.Count, written.Count, ct)) return;
                await transaction.CommitAsync(ct);
            }
            db.ChangeTracker.Clear();
            outbox.Wake();
            if (batch != batches[^1] && !await PauseAsync(db, take, recipients.Count, written.Count, o.PauseBetweenBatches, ct)) return;
        }
        // Delivered or failed, every one: then the acta can say how many.
        while (await db.Set<OutboxMessage>().AnyAsync(m => m.InvitationId == invitation.Id && m.State == OutboxState.Pendiente, ct))
        {
            if (!await PauseAsync(db, take, recipients.Count, written.Count, jobOptions.Value.Heartbeat, ct)) return;
        }
        await FinishAsync(db, take, invitation, recipients.Count, ct);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Every address of the chosen lists once (the first name found), without those that unsubscribed.</summary>
    private static async Task<List<(string Email, string Name)>> RecipientsAsync(RindeDbContext db, Invitation invitation, CancellationToken ct)
    {
        var ids = invitation.ListIds;
        var contacts = await db.Set<Contact>().AsNoTracking().Where(c => ids.Contains(c.ContactListId))
            .OrderBy(c => c.Email).ThenBy(c => c.Id).Select(c => new { c.Email, c.Name }).ToListAsync(ct);
        var suppressed = (await db.Set<MailSuppression>().AsNoTracking().Select(s => s.Address).ToListAsync(ct)).ToHashSet();
        return contacts.DistinctBy(c => c.Email).Where(c => !suppressed.Contains(c.Email)).Select(c => (c.Email, c.Name)).ToList();
    }

    private async Task<bool> RenewAsync(RindeDbContext db, JobTake take, int total, int progress, CancellationToken ct) =>
        await Leases.RenewAsync(BackgroundJobs.Held(db, take), take.Owner, Now + jobOptions.Value.Lease,
            s => s.SetProperty(j => j.Total, total).SetProperty(j => j.Progress, progress), ct);

    /// <summary>Waits, renewing the lease at each heartbeat; false when it was lost.</summary>
    private async Task<bool> PauseAsync(RindeDbContext db, JobTake take, int total, int progress, TimeSpan pause, CancellationToken ct)
    {
        var until = Now + pause;
        while (Now < until)
        {
            var step = until - Now;
            await Task.Delay(step < jobOptions.Value.Heartbeat ? step : jobOptions.Value.Heartbeat, clock, ct);
            if (!await RenewAsync(db, take, total, progress, ct)) return false;
        }
        return true;
    }

    private async Task FinishAsync(RindeDbContext db, JobTake take, Invitation invitation, int total, CancellationToken ct)
    {
        var counts = await db.Set<OutboxMessage>().Where(m => m.InvitationId == invitation.Id).GroupBy(m => m.State == OutboxState.Enviado)
            .Select(g => new { Sent = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Sent, g => g.Count, ct);
        var (sent, failed) = (counts.GetValueOrDefault(true), counts.GetValueOrDefault(false));
        var ids = invitation.ListIds;
        var names = await db.Set<ContactList>().Where(l => ids.Contains(l.Id)).OrderBy(l => l.Name).Select(l => l.Name).ToListAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var order = await db.ConvocationActions.Where(a => a.ExerciseId == invitation.ExerciseId).MaxAsync(a => (int?)a.Order, ct) ?? 0;
        var action = new ConvocationAction
        {
            ExerciseId = invitation.ExerciseId, Order = order + 1, Date = ColombiaTime.Today(clock), Channel = Channel,
            Audience = "Grupos de valor: " + string.Join(", ", names),
            Description = $"Invitación «{invitation.Subject}» enviada por correo electrónico desde Rinde a {EsCo.Count(total)} contactos.",
            Source = "Registro de envíos de Rinde", Delivered = sent, Failed = failed,
        };
        db.Add(action);
        await db.SaveChangesAsync(ct);
        await db.Set<Invitation>().Where(i => i.Id == invitation.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.ConvocationActionId, action.Id), ct);
        if (await BackgroundJobs.FinishAsync(db, take, JsonSerializer.Serialize(new { sent, failed }), total, Now, ct))
        {
            await transaction.CommitAsync(ct);
        }
    }
}
