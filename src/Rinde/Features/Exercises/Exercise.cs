using System.ComponentModel.DataAnnotations;
using Rinde.Features.Acta;
using Rinde.Features.Commitments;
using Rinde.Features.Convocation;
using Rinde.Features.Dependencies;
using Rinde.Features.Questions;
using Rinde.Features.Reporting;
using Rinde.Features.SelfAssessment;
using Rinde.Features.Survey;
using Rinde.Features.Survey.Questionnaire;
using Rinde.Features.Survey.Responses;

namespace Rinde.Features.Exercises;

/// <summary>One accountability dialogue (ejercicio / espacio de diálogo / audiencia pública) and its acta.</summary>
public class Exercise : Data.ISoftDeletable
{
    public int Id { get; set; }
    public required string Title { get; set; }

    public int DependencyId { get; set; }
    public Dependency Dependency { get; set; } = null!;

    public int? ActaFormatId { get; set; }
    public ActaFormat? ActaFormat { get; set; }

    public int Vigencia { get; set; }

    /// <summary>Which dialogue of the vigencia this is (1 = first, 2 = second...).</summary>
    public int Ordinal { get; set; } = 1;

    public string Objective { get; set; } = "";
    public Modality Modality { get; set; } = Modality.Virtual;

    /// <summary>Free description of the modality, e.g. "Facebook Live – Virtual".</summary>
    public string ModalityDetail { get; set; } = "";

    public DateOnly Date { get; set; }
    public TimeOnly? ScheduledStart { get; set; }
    public TimeOnly? ScheduledEnd { get; set; }
    public TimeOnly? ActualStart { get; set; }
    public TimeOnly? ActualEnd { get; set; }
    public string Place { get; set; } = "";
    public string StreamLink { get; set; } = "";
    public string EventSource { get; set; } = "";

    public bool SignLanguageInterpreter { get; set; }
    public bool Subtitles { get; set; }
    public string AccessibilityNotes { get; set; } = "";

    public ActaState Status { get; set; } = ActaState.Borrador;
    public string? ActaNumber { get; set; }
    public int? ActaConsecutive { get; set; }

    /// <summary>Narratives of the acta (Markdown), one per part that is written rather than computed.</summary>
    public ExerciseNarratives Narratives { get; set; } = new();

    public string PreparedBy { get; set; } = "";
    public string ReviewedBy { get; set; } = "";

    /// <summary>Date until which citizens' questions are taken (inclusive); null = the dialogue's day.</summary>
    public DateTime? QuestionsCloseAt { get; set; }

    /// <summary>When the public survey form starts taking responses; null = at the dialogue's start.</summary>
    public DateTime? SurveyOpensAt { get; set; }

    /// <summary>When the public survey form stops; null = open while the survey has questions.</summary>
    public DateTime? SurveyClosesAt { get; set; }

    /// <summary>
    /// When staff published the exercise's announcement (convocatoria) on the portal; null = a
    /// draft, which nobody outside the back-office sees (see <see cref="PublicExercises"/>).
    /// </summary>
    public DateTime? AnnouncedAt { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<Participant> Participants { get; set; } = [];
    public List<Topic> Topics { get; set; } = [];
    public List<ScheduleActivity> Schedule { get; set; } = [];
    public List<ReportSection> ReportSections { get; set; } = [];
    public List<ConvocationAction> ConvocationActions { get; set; } = [];
    public List<AudienceFigure> AudienceFigures { get; set; } = [];
    public List<QuestionTheme> Themes { get; set; } = [];
    public List<CitizenQuestion> Questions { get; set; } = [];
    public List<SurveyQuestion> SurveyQuestions { get; set; } = [];
    public List<SurveyResponse> SurveyResponses { get; set; } = [];

    /// <summary>
    /// The imported responses, packed (see SurveyResponseBlock). Not a navigation: the blocks are
    /// read as a whole by the acta and the document only, so <see cref="ExerciseQueries.LoadCompleteAsync"/>
    /// fills it untracked, and everything else reads them through SurveyResponseSource or their summaries.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Schema.NotMapped]
    public List<Survey.Responses.SurveyResponseBlock> ImportedBlocks { get; set; } = [];
    public List<DofaItem> DofaItems { get; set; } = [];
    public List<DofaStrategy> DofaStrategies { get; set; } = [];
    public List<Commitment> Commitments { get; set; } = [];
    public List<Signatory> Signatories { get; set; } = [];
    public List<Annex> Annexes { get; set; } = [];
}

public enum Modality
{
    [Display(Name = "Presencial")]
    Presencial,
    [Display(Name = "Virtual")]
    Virtual,
    [Display(Name = "Mixta")]
    Mixta,
}
