namespace Rinde.Features.Survey.Responses;

/// <summary>One person's filled-in survey.</summary>
public class SurveyResponse : Data.ISoftDeletable
{
    public int Id { get; set; }
    public int ExerciseId { get; set; }
    public DateTime SubmittedAt { get; set; }

    /// <summary>Where it came from: one of <see cref="ResponseOrigin"/>.</summary>
    public string Origin { get; set; } = ResponseOrigin.Rinde;

    /// <summary>
    /// Identity of an imported row (a hash of its content), unique within the exercise, so
    /// that importing the same file again adds nothing.
    /// </summary>
    public string? ImportKey { get; set; }

    /// <summary>
    /// SHA-256 of the one-time token the public form handed out; unique within the exercise,
    /// so one person answers once without signing in. The token itself is never stored.
    /// </summary>
    public string? RespondentTokenHash { get; set; }

    /// <summary>SHA-256 of the sender's network address and browser, to spot mass repeats.</summary>
    public string? ClientHash { get; set; }

    public List<SurveyAnswer> Answers { get; set; } = [];
}

/// <summary>An answer to one question: one row per chosen option, or the text given.</summary>
public class SurveyAnswer : Data.ISoftDeletable
{
    public int Id { get; set; }
    public int SurveyResponseId { get; set; }
    public int SurveyQuestionId { get; set; }
    public int? SurveyOptionId { get; set; }
    public string? Text { get; set; }
}
