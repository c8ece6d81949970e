using System.ComponentModel.DataAnnotations;

namespace Rinde.Features.Survey;

/// <summary>A question of the exercise's evaluation survey.</summary>
public class SurveyQuestion
{
    public int Id { get; set; }
    public int ExerciseId { get; set; }
    public int Order { get; set; }
    public required string Text { get; set; }
    public SurveyQuestionType Type { get; set; }

    /// <summary>Heading of the block it belongs to, e.g. "INFORMACIÓN GENERAL".</summary>
    public string Section { get; set; } = "";

    /// <summary>Analyst's commentary printed after the computed sentence.</summary>
    public string Commentary { get; set; } = "";

    public List<SurveyOption> Options { get; set; } = [];
}

public enum SurveyQuestionType
{
    [Display(Name = "Selección única")]
    SeleccionUnica,
    [Display(Name = "Selección múltiple")]
    SeleccionMultiple,
    [Display(Name = "Escala")]
    Escala,
    [Display(Name = "Texto corto")]
    TextoCorto,
    [Display(Name = "Texto largo")]
    TextoLargo,
    [Display(Name = "Comuna o corregimiento")]
    Comuna,
}

public static class SurveyQuestionTypes
{
    /// <summary>A question with options is answered by choosing (closed); the other two are typed (open).</summary>
    public static bool HasOptions(this SurveyQuestionType type) => type is not (SurveyQuestionType.TextoCorto or SurveyQuestionType.TextoLargo);
}

public class SurveyOption
{
    public int Id { get; set; }
    public int SurveyQuestionId { get; set; }
    public int Order { get; set; }
    public required string Label { get; set; }
}

/// <summary>One person's filled-in survey.</summary>
public class SurveyResponse
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
public class SurveyAnswer
{
    public int Id { get; set; }
    public int SurveyResponseId { get; set; }
    public int SurveyQuestionId { get; set; }
    public int? SurveyOptionId { get; set; }
    public string? Text { get; set; }
}
