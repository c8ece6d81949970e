using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Questions;

namespace Rinde.Features.Portal;

public enum FollowState { Pending, Answered, Merged, Hidden }

/// <summary>
/// What the follow page shows of one question. The text of a question that is not published
/// reaches this only through its follow code; the duplicate of another shows the other's answer.
/// </summary>
public sealed record FollowedQuestion(
    int ExerciseId, string ExerciseTitle, int Number, QuestionType Type, string? Theme, string Text, FollowState State,
    int? MergedIntoNumber, bool MergedIntoPublished, string? Answer, bool AnsweredLive, DateOnly? Deadline,
    string? TransferredTo = null, string? TransferReason = null, DateOnly? OriginalDeadline = null, string? ExtensionReason = null,
    IReadOnlyList<string>? Commitments = null)
{
    public static async Task<FollowedQuestion> LoadAsync(RindeDbContext db, CitizenQuestion q, CancellationToken ct)
    {
        var title = await db.Exercises.Where(e => e.Id == q.ExerciseId).Select(e => e.Title).FirstAsync(ct);
        var answering = await AnsweringAsync(db, q, ct);
        var state = q.Hidden ? FollowState.Hidden
            : answering != q ? FollowState.Merged
            : q.Answer is null ? FollowState.Pending : FollowState.Answered;
        var visible = state != FollowState.Hidden && PublicQuestions.Counts(answering) ? answering : null;
        return new FollowedQuestion(q.ExerciseId, title, q.Number, q.Type, q.Theme?.Name, q.Text, state,
            state == FollowState.Merged ? answering.Number : null,
            state == FollowState.Merged && PublicQuestions.IsPublished(answering),
            visible?.Answer, visible?.AnsweredLive ?? false, q.Deadline,
            q.TransferredTo, q.TransferReason, q.OriginalDeadline, q.ExtensionReason,
            state == FollowState.Hidden ? [] : (await Features.Commitments.QuestionCommitments.ByQuestionAsync(db, [q.Id, answering.Id], ct)).Values.SelectMany(c => c).Distinct().ToList());
    }

    /// <summary>The question whose answer is this one's: itself, or the end of the chain of merges it belongs to.</summary>
    private static async Task<CitizenQuestion> AnsweringAsync(RindeDbContext db, CitizenQuestion q, CancellationToken ct)
    {
        var current = q;
        for (var hops = 0; current.MergedIntoId is int next && hops < 8; hops++)
        {
            var target = await db.CitizenQuestions.AsNoTracking().FirstOrDefaultAsync(t => t.Id == next, ct);
            if (target is null)
            {
                break;
            }
            current = target;
        }
        return current;
    }
}
