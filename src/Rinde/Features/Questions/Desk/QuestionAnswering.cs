using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Features.Questions.Desk;

/// <summary>Records an answer and tells every desk, from the API or the desk page alike.</summary>
public sealed class QuestionAnswering(RindeDbContext db, DeskBroadcaster broadcaster, TimeProvider clock)
{
    /// <summary>The answered question, or null when it does not exist.</summary>
    public async Task<DeskQuestionView?> AnswerAsync(int questionId, string text, bool live, string? by, CancellationToken ct)
    {
        var question = await db.CitizenQuestions.Include(q => q.Theme).FirstOrDefaultAsync(q => q.Id == questionId, ct);
        if (question is null)
        {
            return null;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        question.Answer = text.Trim();
        question.AnsweredLive = live;
        question.AnsweredAt = clock.GetUtcNow().UtcDateTime;
        question.AnsweredBy = by;
        var (_, sequence) = await DeskEvents.ReserveAsync(db, question.ExerciseId, 0, 1, ct);
        db.QuestionEvents.Add(new QuestionEvent
        {
            ExerciseId = question.ExerciseId, Sequence = sequence, Kind = QuestionEventKinds.Answered,
            QuestionId = question.Id, At = question.AnsweredAt.Value,
        });
        await db.SaveChangesAsync(ct);
        await DeskNotifications.NotifyAsync(db, broadcaster, [question.ExerciseId], ct);
        await transaction.CommitAsync(ct);
        var view = DeskQuestionView.From(question);
        broadcaster.Publish([new DeskEventMessage(sequence, QuestionEventKinds.Answered, question.ExerciseId, view)]);
        return view;
    }
}
