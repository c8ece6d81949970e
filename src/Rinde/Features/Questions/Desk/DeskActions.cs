using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Acta;
using Rinde.Features.Commitments;
using Rinde.Features.Exercises;
using Rinde.Infrastructure;

namespace Rinde.Features.Questions.Desk;

/// <summary>What happened to a desk change.</summary>
/// <summary>Frozen: the acta is approved or published and FrozenDesk does not allow the change.</summary>
public enum DeskOutcome { Done, NotFound, Conflict, Invalid, Frozen }

/// <summary>
/// Every change staff make on the desk: answer, assign, hide (and show again), merge (and undo
/// it), turn into a commitment.
/// Each checks the version the person saw (optimistic concurrency), stores a desk event in
/// the same transaction and tells every desk.
/// </summary>
public sealed class DeskActions(RindeDbContext db, DeskBroadcaster broadcaster, TimeProvider clock)
{
    public const string ConflictMessage =
        "Otra persona cambió esta pregunta mientras usted la editaba. Revise la versión actual e intente de nuevo.";

    public const string AnsweredMessage =
        "Otra persona cambió esta pregunta: ya tiene una respuesta. Su texto se conserva; compárelo con la respuesta guardada "
        + "y, si quiere que quede el suyo, pulse «Reemplazar la respuesta».";

    /// <summary>What a refused change tells the person: an answer that exists, or any other change.</summary>
    public static string ConflictFor(DeskQuestionView? now, bool answering) =>
        answering && now?.Answer is not null ? AnsweredMessage : ConflictMessage;

    /// <summary>
    /// Answers a question. A question that already has an answer keeps it unless the person
    /// deliberately replaces it (<paramref name="replace"/>), having seen it: an answer saved
    /// after someone else's is never silent, whatever version the form carries.
    /// </summary>
    public Task<(DeskOutcome, DeskQuestionView?)> AnswerAsync(int id, int? version, string text, bool live, string? by, CancellationToken ct,
        bool replace = false) =>
        ChangeAsync(id, version, QuestionEventKinds.Answered, q =>
        {
            if (q.Answer is not null && !replace)
            {
                return Task.FromResult<bool?>(null);
            }
            q.Answer = text.Trim();
            q.AnsweredLive = live;
            q.AnsweredAt = clock.GetUtcNow().UtcDateTime;
            q.AnsweredBy = by;
            return Task.FromResult<bool?>(true);
        }, ct);

    public Task<(DeskOutcome, DeskQuestionView?)> AssignAsync(int id, int? version, int? dependencyId, string? person, CancellationToken ct) =>
        ChangeAsync(id, version, QuestionEventKinds.Assigned, q =>
        {
            q.AssignedDependencyId = dependencyId;
            q.AssignedTo = string.IsNullOrWhiteSpace(person) ? null : person.Trim();
            return Task.FromResult<bool?>(true);
        }, ct);

    public Task<(DeskOutcome, DeskQuestionView?)> HideAsync(int id, int? version, string reason, string? by, CancellationToken ct) =>
        ChangeAsync(id, version, QuestionEventKinds.Hidden, q =>
        {
            q.Hidden = true;
            q.HiddenReason = reason.Trim();
            q.HiddenBy = by;
            return Task.FromResult<bool?>(true);
        }, ct);

    public Task<(DeskOutcome, DeskQuestionView?)> MergeAsync(int id, int? version, int intoNumber, CancellationToken ct) =>
        ChangeAsync(id, version, QuestionEventKinds.Merged, async q =>
        {
            var target = await db.CitizenQuestions.FirstOrDefaultAsync(
                t => t.ExerciseId == q.ExerciseId && t.Number == intoNumber && t.Id != q.Id && t.MergedIntoId == null, ct);
            q.MergedIntoId = target?.Id;
            return (bool?)(target is not null);
        }, ct);

    /// <summary>
    /// Undoes a merge ("Deshacer la fusión"): the question counts again on its own, pending
    /// unless it has its own answer, with the legal deadline it always kept. Invalid when it is
    /// not a duplicate.
    /// </summary>
    public Task<(DeskOutcome, DeskQuestionView?)> UnmergeAsync(int id, int? version, CancellationToken ct) =>
        ChangeAsync(id, version, QuestionEventKinds.Unmerged, q =>
        {
            var merged = q.MergedIntoId is not null;
            q.MergedIntoId = null;
            return Task.FromResult<bool?>(merged);
        }, ct);

    /// <summary>Shows a hidden message again ("Mostrar de nuevo"); the audit log keeps why it was hidden.</summary>
    public Task<(DeskOutcome, DeskQuestionView?)> ShowAsync(int id, int? version, CancellationToken ct) =>
        ChangeAsync(id, version, QuestionEventKinds.Shown, q =>
        {
            var hidden = q.Hidden;
            q.Hidden = false;
            q.HiddenReason = null;
            q.HiddenBy = null;
            return Task.FromResult<bool?>(hidden);
        }, ct);

    public Task<(DeskOutcome, DeskQuestionView?)> CommitAsync(int id, int? version, string description, string owner, DateOnly? due, CancellationToken ct) =>
        ChangeAsync(id, version, QuestionEventKinds.Commitment, async q =>
        {
            var order = await db.Commitments.Where(c => c.ExerciseId == q.ExerciseId).MaxAsync(c => (int?)c.Order, ct) ?? -1;
            db.Commitments.Add(new Commitment
            {
                ExerciseId = q.ExerciseId, Order = order + 1, Description = description.Trim(), Owner = owner.Trim(),
                DueDate = due, Origin = CommitmentOrigin.Pregunta, QuestionId = q.Id,
            });
            return (bool?)true;
        }, ct);

    /// <summary>An extension or a transfer (LegalTrail): the refusal, in Spanish, when the law does not allow it.</summary>
    public async Task<(DeskOutcome Outcome, DeskQuestionView? View, string? Refusal)> ExtendAsync(
        int id, int? version, DateOnly newDeadline, string reason, CancellationToken ct)
    {
        string? refusal = null;
        var (outcome, view) = await ChangeAsync(id, version, QuestionEventKinds.Extended, q =>
            Task.FromResult<bool?>((refusal = LegalTrail.Extend(q, newDeadline, reason, ColombiaTime.Today(clock), clock.GetUtcNow().UtcDateTime)) is null), ct);
        return (outcome, view, refusal);
    }

    public async Task<(DeskOutcome Outcome, DeskQuestionView? View, string? Refusal)> TransferAsync(
        int id, int? version, string entity, string reason, CancellationToken ct)
    {
        string? refusal = null;
        var (outcome, view) = await ChangeAsync(id, version, QuestionEventKinds.Transferred, q =>
            Task.FromResult<bool?>((refusal = LegalTrail.Transfer(q, entity, reason, ColombiaTime.Today(clock), clock.GetUtcNow().UtcDateTime)) is null), ct);
        return (outcome, view, refusal);
    }

    private async Task<(DeskOutcome, DeskQuestionView?)> ChangeAsync(
        int id, int? version, string kind, Func<CitizenQuestion, Task<bool?>> change, CancellationToken ct)
    {
        var question = await db.CitizenQuestions.Include(q => q.Theme).Include(q => q.AssignedDependency)
            .FirstOrDefaultAsync(q => q.Id == id, ct);
        if (question is null)
        {
            return (DeskOutcome.NotFound, null);
        }
        var status = await db.Exercises.Where(e => e.Id == question.ExerciseId).Select(e => e.Status).FirstAsync(ct);
        if (status.IsFrozen() && !FrozenDesk.Allows(kind, question))
        {
            return (DeskOutcome.Frozen, DeskQuestionView.From(question));
        }
        if (version is int seen && seen != question.Version)
        {
            return (DeskOutcome.Conflict, DeskQuestionView.From(question));
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // null: the change would overwrite what someone else did (see AnswerAsync).
        switch (await change(question))
        {
            case null:
                return (DeskOutcome.Conflict, DeskQuestionView.From(question));
            case false:
                return (DeskOutcome.Invalid, DeskQuestionView.From(question));
        }
        question.Version++;
        var (_, sequence) = await DeskEvents.ReserveAsync(db, question.ExerciseId, 0, 1, ct);
        db.QuestionEvents.Add(new QuestionEvent
        {
            ExerciseId = question.ExerciseId, Sequence = sequence, Kind = kind, QuestionId = question.Id,
            At = clock.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(question).ReloadAsync(ct);
            return (DeskOutcome.Conflict, DeskQuestionView.From(question));
        }
        await DeskNotifications.NotifyAsync(db, broadcaster, [question.ExerciseId], ct);
        await transaction.CommitAsync(ct);
        if (question.AssignedDependencyId is not null && question.AssignedDependency is null)
        {
            await db.Entry(question).Reference(q => q.AssignedDependency).LoadAsync(ct);
        }
        var view = DeskQuestionView.From(question);
        broadcaster.Publish([new DeskEventMessage(sequence, kind, question.ExerciseId, view)]);
        return (DeskOutcome.Done, view);
    }
}
