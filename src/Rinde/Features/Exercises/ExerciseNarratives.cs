namespace Rinde.Features.Exercises;

/// <summary>
/// The parts of the acta that people write (Markdown). Everything countable is computed
/// elsewhere; these texts only frame the figures.
/// </summary>
public class ExerciseNarratives
{
    /// <summary>Introduction to item 1, before the topics per office.</summary>
    public string TopicsIntro { get; set; } = "";

    /// <summary>Introduction to item 2, the convocation.</summary>
    public string ConvocationIntro { get; set; } = "";

    /// <summary>Introduction to item 5, before the reported sections.</summary>
    public string ReportIntro { get; set; } = "";

    /// <summary>Introduction to item 6, the questions received.</summary>
    public string QuestionsIntro { get; set; } = "";

    /// <summary>Commentary added to the computed analysis of item 7.</summary>
    public string QuestionsAnalysis { get; set; } = "";

    /// <summary>Introduction to item 8, the survey (where and how it was applied).</summary>
    public string SurveyIntro { get; set; } = "";

    /// <summary>Closing commentary of item 8.</summary>
    public string SurveyConclusion { get; set; } = "";

    /// <summary>Item 9: the team's self-assessment.</summary>
    public string SelfAssessment { get; set; } = "";

    /// <summary>Text after the DOFA matrix.</summary>
    public string DofaConclusion { get; set; } = "";

    /// <summary>RESPONSABILIDAD; when empty it is written from the pending questions and commitments.</summary>
    public string Responsibility { get; set; } = "";

    /// <summary>OBSERVACIONES GENERALES (propuestas, cambios y/o adiciones).</summary>
    public string GeneralObservations { get; set; } = "";

    /// <summary>The NOTA before Elaboró, e.g. the attendance list's folios.</summary>
    public string AnnexNote { get; set; } = "";

    /// <summary>Lessons for the next exercise.</summary>
    public string Lessons { get; set; } = "";
}
