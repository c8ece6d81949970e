using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Commitments;
using Rinde.Features.Questions;
using Rinde.Infrastructure;

namespace Rinde.Features.Messages;

/// <summary>
/// The daily digest of each staff member who did not turn it off: written questions due within
/// 3 días hábiles (ColombianCalendar) or overdue, schedule activities and commitments due, in
/// the exercises of their dependencies (all of them for administrador and revisor without one).
/// Nothing due, no message.
/// </summary>
public sealed class StaffDigest(MessageLinks links)
{
    public const int BusinessDays = 3;

    private sealed record Item(int ExerciseId, int DependencyId, string Exercise, DateOnly Due, string Text, string Path);

    public async Task<List<MailDraft>> DraftsAsync(RindeDbContext db, DateOnly today, CancellationToken ct)
    {
        var horizon = ColombianCalendar.AddBusinessDays(today, BusinessDays);
        var items = await ItemsAsync(db, horizon, ct);
        if (items.Count == 0) return [];
        var off = (await db.Set<StaffNoticePreference>().Where(p => p.DigestOff).Select(p => p.UserId).ToListAsync(ct)).ToHashSet();
        var children = (await db.Dependencies.AsNoTracking().Where(d => d.ParentId != null).Select(d => new { d.Id, Parent = d.ParentId!.Value }).ToListAsync(ct))
            .ToLookup(d => d.Parent, d => d.Id);
        var everyone = await StaffRecipients.AllActiveAsync(db, ct);
        var drafts = new List<MailDraft>();
        foreach (var (member, dependencies, seesAll) in everyone.Where(e => !off.Contains(e.Member.Id)))
        {
            var scope = Subtree(dependencies, children);
            var mine = items.Where(i => scope.Contains(i.DependencyId) || (dependencies.Count == 0 && seesAll)).OrderBy(i => i.Due).ToList();
            if (mine.Count > 0) drafts.Add(Draft(member, mine, today));
        }
        return drafts;
    }

    private MailDraft Draft(StaffMember member, List<Item> items, DateOnly today)
    {
        var overdue = items.Count(i => i.Due < today);
        var parts = new List<MailPart>
        {
            new($"Esto vence en los próximos {BusinessDays} días hábiles" + (overdue > 0 ? $", y {EsCo.Count(overdue)} ya venció:" : ":")),
        };
        foreach (var i in items.Take(200))
        {
            var when = i.Due < today ? $"VENCIDO el {EsCo.ShortDate(i.Due)}" : $"vence el {EsCo.ShortDate(i.Due)}";
            parts.Add(new($"{i.Text} · «{i.Exercise}» · {when}", "Abrir", links.Absolute(i.Path)));
        }
        parts.Add(new("Si no quiere recibir este resumen diario:", "Preferencias de avisos", links.Absolute("/cuenta/avisos")));
        var subject = $"Resumen de vencimientos: {EsCo.Count(items.Count)} pendientes" + (overdue > 0 ? $" ({EsCo.Count(overdue)} vencidos)" : "");
        return StaffNotices.Draft(StaffNotices.Kinds.Digest, member, new ExerciseInfo(0, "", "Rinde"), subject, parts);
    }

    private static async Task<List<Item>> ItemsAsync(RindeDbContext db, DateOnly horizon, CancellationToken ct)
    {
        var questions = await db.CitizenQuestions.AsNoTracking().Counted()
            .Where(q => !q.AnsweredLive && q.Deadline != null && q.Deadline <= horizon && q.Answer == null && q.TransferredTo == null)
            .Join(db.Exercises, q => q.ExerciseId, e => e.Id, (q, e) => new { q.Number, q.Deadline, e.Id, e.DependencyId, e.Title }).ToListAsync(ct);
        var asked = questions.Select(q => new Item(q.Id, q.DependencyId, q.Title, q.Deadline!.Value, $"Pregunta n.º {q.Number} por responder por escrito",
            $"/staff/ejercicios/{q.Id}/mesa"));
        var activities = await db.ScheduleActivities.AsNoTracking().Where(a => a.DueDate != null && a.DueDate <= horizon && a.DoneDate == null)
            .Join(db.Exercises, a => a.ExerciseId, e => e.Id, (a, e) => new Item(e.Id, e.DependencyId, e.Title, a.DueDate!.Value, "Actividad del cronograma: " + a.Activity,
                "/staff/ejercicios/" + e.Id + "/cronograma")).ToListAsync(ct);
        var commitments = await db.Commitments.AsNoTracking()
            .Where(c => c.DueDate != null && c.DueDate <= horizon && (c.Status == CommitmentStatus.Pendiente || c.Status == CommitmentStatus.EnCurso))
            .Join(db.Exercises, c => c.ExerciseId, e => e.Id, (c, e) => new Item(e.Id, e.DependencyId, e.Title, c.DueDate!.Value, "Compromiso: " + c.Description,
                "/staff/ejercicios/" + e.Id + "/compromisos")).ToListAsync(ct);
        return [.. asked, .. activities, .. commitments];
    }

    private static HashSet<int> Subtree(IReadOnlyList<int> own, ILookup<int, int> children)
    {
        var all = new HashSet<int>();
        var pending = new Stack<int>(own);
        while (pending.TryPop(out var id))
        {
            if (all.Add(id)) foreach (var child in children[id]) pending.Push(child);
        }
        return all;
    }
}
