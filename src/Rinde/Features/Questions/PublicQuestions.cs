using System.Buffers.Text;
using System.Linq.Expressions;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Features.Questions;

/// <summary>
/// What the public may see of a question, in one place: the portal, the follow page, the public
/// API and the acta's public rendering all read it from here. A question counts (as received,
/// answered or pending) unless moderation hid it or merged it into another; it is published once
/// it counts and has an answer. A hidden question is never public.
/// </summary>
public static class PublicQuestions
{
    /// <summary>A question as anyone may read it: no e-mail, no name without consent to publish it.</summary>
    public sealed record PublicQuestion(int Number, string Text, QuestionType Type, string? Theme, string CitizenName,
        string Answer, bool AnsweredLive, DateTime? AnsweredAt);

    public static readonly Expression<Func<CitizenQuestion, bool>> CountsExpression = q => !q.Hidden && q.MergedIntoId == null;

    public static readonly Expression<Func<CitizenQuestion, bool>> PublishedExpression =
        q => !q.Hidden && q.MergedIntoId == null && q.Answer != null;

    private static readonly Func<CitizenQuestion, bool> CountsCompiled = CountsExpression.Compile();
    private static readonly Func<CitizenQuestion, bool> PublishedCompiled = PublishedExpression.Compile();

    /// <summary>Neither hidden nor merged: what the acta's totals, the desk's pending and the deadlines count.</summary>
    public static bool Counts(CitizenQuestion q) => CountsCompiled(q);

    public static bool IsPublished(CitizenQuestion q) => PublishedCompiled(q);

    public static IQueryable<CitizenQuestion> Counted(this IQueryable<CitizenQuestion> questions) => questions.Where(CountsExpression);

    public static IQueryable<CitizenQuestion> Published(this IQueryable<CitizenQuestion> questions) => questions.Where(PublishedExpression);

    /// <summary>The published questions of an exercise, in order.</summary>
    public static async Task<List<PublicQuestion>> ListAsync(RindeDbContext db, int exerciseId, CancellationToken ct) =>
        (await db.CitizenQuestions.AsNoTracking().Include(q => q.Theme).Where(q => q.ExerciseId == exerciseId).Published()
            .OrderBy(q => q.Number).ToListAsync(ct)).Select(ToPublic).ToList();

    /// <summary>The public view of a published question (its theme loaded).</summary>
    public static PublicQuestion ToPublic(CitizenQuestion q) =>
        new(q.Number, q.Text, q.Type, q.Theme?.Name, PublicName(q), q.Answer ?? "", q.AnsweredLive, q.AnsweredAt);

    /// <summary>Ley 1581 de 2012: a name is published only with the citizen's consent.</summary>
    public static string PublicName(CitizenQuestion q) =>
        q.Anonymous || string.IsNullOrWhiteSpace(q.CitizenName) ? "Anónimo" : q.PublishName ? q.CitizenName.Trim() : "Ciudadano(a)";

    /// <summary>128 random bits, URL-safe: the asker's key to a question nobody else may see yet.</summary>
    public static string NewFollowCode() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    public const int FollowCodeLength = 22;

    public static string FollowPath(int exerciseId, string followCode) => $"/ejercicios/{exerciseId}/seguimiento/{followCode}";
}
