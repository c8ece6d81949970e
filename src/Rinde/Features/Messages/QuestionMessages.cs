using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Questions;
using Rinde.Features.Questions.Desk;

namespace Rinde.Features.Messages;

/// <summary>
/// The citizens' messages a desk event causes: the event is stored in the same SaveChanges as
/// the change, so its messages are too (see <see cref="MessagesInterceptor"/>).
/// </summary>
public sealed class QuestionMessages(CitizenMessages citizen, StaffNotices staff)
{
    public async Task<List<MailDraft>> DraftsAsync(RindeDbContext db, IReadOnlyList<QuestionEvent> events, CancellationToken ct)
    {
        var drafts = new List<MailDraft>();
        var exercises = new Dictionary<int, ExerciseInfo?>();
        foreach (var ev in events)
        {
            if (ev.Kind is not (QuestionEventKinds.Received or QuestionEventKinds.Answered or QuestionEventKinds.Merged
                or QuestionEventKinds.Extended or QuestionEventKinds.Transferred or QuestionEventKinds.Assigned))
            {
                continue;
            }
            var question = ev.Question ?? await db.CitizenQuestions.FindAsync([ev.QuestionId], ct);
            if (question is null || question.Hidden)
            {
                continue;
            }
            if (!exercises.TryGetValue(question.ExerciseId, out var exercise))
            {
                exercise = exercises[question.ExerciseId] = await ExerciseAsync(db, question.ExerciseId, ct);
            }
            if (exercise is not null)
            {
                drafts.AddRange(await ForEventAsync(db, ev.Kind, question, exercise, ct));
            }
        }
        return drafts;
    }

    private async Task<IEnumerable<MailDraft>> ForEventAsync(RindeDbContext db, string kind, CitizenQuestion q, ExerciseInfo exercise,
        CancellationToken ct)
    {
        switch (kind)
        {
            case QuestionEventKinds.Received when CitizenMessages.Reachable(q):
                return [citizen.Receipt(q, exercise)];
            case QuestionEventKinds.Answered when !string.IsNullOrWhiteSpace(q.Answer):
                // Each asker of a duplicate gets the answer alone, addressed only to them.
                var duplicates = await db.CitizenQuestions.AsNoTracking()
                    .Where(d => d.MergedIntoId == q.Id && !d.Hidden && d.Consent && !d.Anonymous && d.Email != null).ToListAsync(ct);
                return duplicates.Prepend(q).Where(CitizenMessages.Reachable).Select(asker => citizen.Answer(asker, q, exercise)).ToList();
            case QuestionEventKinds.Merged when q.MergedIntoId is int targetId && CitizenMessages.Reachable(q):
                var target = await db.CitizenQuestions.FindAsync([targetId], ct);
                return target is { Answer.Length: > 0 } ? [citizen.Answer(q, target, exercise)] : [];
            case QuestionEventKinds.Extended when CitizenMessages.Reachable(q) && q.OriginalDeadline is not null:
                return [citizen.Extension(q, exercise)];
            case QuestionEventKinds.Assigned:
                return await staff.AssignedAsync(db, q, exercise, ct);
            case QuestionEventKinds.Transferred when CitizenMessages.Reachable(q) && q.TransferredTo is not null:
                return [citizen.Transfer(q, exercise)];
            default:
                return [];
        }
    }

    public static Task<ExerciseInfo?> ExerciseAsync(RindeDbContext db, int id, CancellationToken ct) =>
        db.Exercises.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new ExerciseInfo(e.Id, e.Title, e.ActaFormat != null ? e.ActaFormat.EntityName : e.Dependency.Name))
            .FirstOrDefaultAsync(ct);
}
