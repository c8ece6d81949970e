using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Rinde.Data;
using Rinde.Features.Exercises;

namespace Rinde.Features.Questions.Intake;

/// <summary>What became of a citizen's question.</summary>
public abstract record Reception
{
    public sealed record Received(int Id, int Number, string FollowCode) : Reception;
    public sealed record NoSuchExercise : Reception;
    public sealed record Closed : Reception;
    public sealed record Invalid(Dictionary<string, string[]> Errors) : Reception;
    public sealed record TooFast(TimeSpan RetryAfter) : Reception;
}

/// <summary>Receives a citizen's question from the portal's form or the API, the same way.</summary>
public sealed class QuestionReception(RindeDbContext db, QuestionIntake intake, IntakeRateLimiter limiter, TimeProvider clock,
    IMemoryCache cache)
{
    private sealed record Theme(int Id, string Name);

    private sealed record IntakeInfo(Exercises.ActaState Status, DateOnly Date, DateTime? QuestionsCloseAt, List<Theme> Themes);

    // In a burst thousands of questions ask the same few facts of one exercise; a few seconds
    // of staleness (a theme added, the intake closed early, the acta approved) is harmless.
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    /// <summary>Drops what this node remembers of an exercise's intake (its announcement was just published).</summary>
    public static void Forget(IMemoryCache cache, int exerciseId) => cache.Remove(("intake", exerciseId));

    private Task<IntakeInfo?> InfoAsync(int exerciseId, CancellationToken ct) =>
        cache.GetOrCreateAsync(("intake", exerciseId), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            return db.Exercises.AsNoTracking().Public().Where(e => e.Id == exerciseId)
                .Select(e => new IntakeInfo(e.Status, e.Date, e.QuestionsCloseAt, e.Themes.Select(t => new Theme(t.Id, t.Name)).ToList()))
                .FirstOrDefaultAsync(ct);
        });

    public async Task<Reception> ReceiveAsync(int exerciseId, QuestionSubmission submission, IntakeSender sender, CancellationToken ct)
    {
        var exercise = await InfoAsync(exerciseId, ct);
        if (exercise is null)
        {
            return new Reception.NoSuchExercise();
        }
        if (!IntakeWindow.IsOpen(exercise.Status, exercise.Date, exercise.QuestionsCloseAt, clock.GetUtcNow()))
        {
            return new Reception.Closed();
        }
        var errors = submission.Validate(exercise.Themes.Select(t => t.Name).ToList());
        if (errors.Count > 0)
        {
            return new Reception.Invalid(errors);
        }
        if (await limiter.TryAcquireAsync(sender, ct) is TimeSpan wait)
        {
            return new Reception.TooFast(wait);
        }

        var themeName = submission.Theme?.Trim();
        var theme = exercise.Themes.FirstOrDefault(t => t.Name == themeName);
        var question = new CitizenQuestion
        {
            ExerciseId = exerciseId,
            Text = submission.Text!.Trim(),
            Type = submission.Type,
            ThemeId = theme?.Id,
            Anonymous = submission.Anonymous,
            CitizenName = submission.Anonymous ? null : Blank(submission.CitizenName),
            Email = submission.Anonymous ? null : Blank(submission.Email),
            Consent = submission.Consent,
            PublishName = !submission.Anonymous && submission.Consent && submission.PublishName,
            Channel = QuestionChannel.FormularioWeb,
            Deadline = QuestionDeadlines.DueDate(submission.Type, exercise.Date),
        };
        var (id, number) = await intake.SubmitAsync(question, theme?.Name, ct);
        return new Reception.Received(id, number, question.FollowCode);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
