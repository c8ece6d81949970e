using System.ComponentModel.DataAnnotations;

namespace Rinde.Features.Survey.Questionnaire;

/// <summary>A question of the exercise's evaluation survey.</summary>
public class SurveyQuestion : Data.ISoftDeletable
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

public class SurveyOption : Data.ISoftDeletable
{
    public int Id { get; set; }
    public int SurveyQuestionId { get; set; }
    public int Order { get; set; }
    public required string Label { get; set; }
}
