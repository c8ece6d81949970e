using Rinde.Features.Acta;
using Rinde.Features.Commitments;
using Rinde.Features.Exercises;
using Rinde.Features.Questions;
using Rinde.Features.Reporting;
using Rinde.Features.SelfAssessment;
using Rinde.Features.Survey;
using Rinde.Features.Survey.Questionnaire;
using Rinde.Features.Survey.Responses;

namespace Rinde.Features.Exercises.Document;

/// <summary>
/// The whole exercise as one JSON document: everything the acta is made from. GET returns
/// it, POST and PUT take it; see docs/exercise-document.md. Enum values are snake_case.
/// </summary>
public sealed record ExerciseDocument
{
    public int? Id { get; init; }
    public required string Title { get; init; }
    public required DependencyRef Dependency { get; init; }

    /// <summary>Offices (sub-units of the dependency) that take part, with their codes.</summary>
    public List<DependencyRef> Offices { get; init; } = [];

    public int Vigencia { get; init; }
    public int Ordinal { get; init; } = 1;
    public DateOnly Date { get; init; }
    public ActaState Status { get; init; } = ActaState.Borrador;
    public string? ActaNumber { get; init; }
    public FormatDocument? Format { get; init; }

    public string Objective { get; init; } = "";
    public Modality Modality { get; init; } = Modality.Virtual;
    public string ModalityDetail { get; init; } = "";
    public TimeOnly? ScheduledStart { get; init; }
    public TimeOnly? ScheduledEnd { get; init; }
    public TimeOnly? ActualStart { get; init; }
    public TimeOnly? ActualEnd { get; init; }
    public string Place { get; init; } = "";
    public string StreamLink { get; init; } = "";
    public string EventSource { get; init; } = "";
    public AccessibilityDocument Accessibility { get; init; } = new();

    /// <summary>When staff closed the citizens' questions before the end of the dialogue's day (UTC).</summary>
    public DateTime? QuestionsCloseAt { get; init; }

    /// <summary>When the announcement was published on the portal (UTC); null = a draft the public does not see.</summary>
    public DateTime? AnnouncedAt { get; init; }

    public List<PersonDocument> Attendees { get; init; } = [];
    public List<PersonDocument> Absent { get; init; } = [];
    public List<PersonDocument> Invited { get; init; } = [];

    public List<TopicDocument> Topics { get; init; } = [];
    public List<ScheduleActivityDocument> Schedule { get; init; } = [];
    public List<ConvocationDocument> Convocation { get; init; } = [];
    public List<AudienceFigureDocument> Audience { get; init; } = [];
    public List<ReportSectionDocument> ReportSections { get; init; } = [];

    public List<ThemeDocument> Themes { get; init; } = [];
    public List<QuestionDocument> Questions { get; init; } = [];
    public SurveyDocument Survey { get; init; } = new();
    public SelfAssessmentDocument SelfAssessment { get; init; } = new();
    public List<CommitmentDocument> Commitments { get; init; } = [];
    public List<SignatoryDocument> Signatories { get; init; } = [];
    public string PreparedBy { get; init; } = "";
    public string ReviewedBy { get; init; } = "";
    public NarrativesDocument Narratives { get; init; } = new();
    public List<AnnexDocument> Annexes { get; init; } = [];
}

public sealed record DependencyRef(string Code, string Name);

public sealed record FormatDocument
{
    public string EntityName { get; init; } = "";
    public List<string> ProcessLines { get; init; } = [];
    public List<string> SystemLines { get; init; } = [];
    public string FormName { get; init; } = "ACTA DE REUNIÓN";
    public string Code { get; init; } = "";
    public string Version { get; init; } = "1";
    public DateOnly EffectiveDate { get; init; }
    public string Series { get; init; } = "";
    public string Subseries { get; init; } = "";
    public string NumberPattern { get; init; } = "{dependencia}.{serie}.{subserie}.{consecutivo}";
}

public sealed record AccessibilityDocument
{
    public bool SignLanguageInterpreter { get; init; }
    public bool Subtitles { get; init; }
    public string Notes { get; init; } = "";
}

public sealed record PersonDocument(string Name, string Position = "");

/// <summary>A topic; <c>office</c> is the code of the office (or of the dependency itself).</summary>
public sealed record TopicDocument(string Office, string Title);

public sealed record ScheduleActivityDocument
{
    public required string Activity { get; init; }
    public string Owner { get; init; } = "";
    public DateOnly? DueDate { get; init; }
    public DateOnly? DoneDate { get; init; }
    public string Evidence { get; init; } = "";
}

public sealed record ConvocationDocument
{
    public required string Channel { get; init; }
    public DateOnly? Date { get; init; }
    public string Audience { get; init; } = "";
    public string Description { get; init; } = "";
    public List<string> Links { get; init; } = [];
    public string Source { get; init; } = "";
    public List<ImageDocument> Evidence { get; init; } = [];
}

/// <summary>An image already uploaded (POST /api/v1/files), referenced by its id.</summary>
public sealed record ImageDocument
{
    public Guid FileId { get; init; }
    public string Caption { get; init; } = "";
    public string Source { get; init; } = "";
}

public sealed record AudienceFigureDocument(AudienceMetric Metric, long Value, string Source = "");

public sealed record ReportSectionDocument
{
    public required string Title { get; init; }
    public string? Office { get; init; }
    public string Narrative { get; init; } = "";
    public List<FigureDocument> Figures { get; init; } = [];
    public List<ImageDocument> Images { get; init; } = [];
}

public sealed record FigureDocument(string Label, decimal Value, FigureUnit Unit, string Source = "");

public sealed record ThemeDocument(string Name);

public sealed record QuestionDocument
{
    public int Number { get; init; }
    public required string Text { get; init; }
    public QuestionType Type { get; init; } = QuestionType.Pregunta;
    public string? Theme { get; init; }
    public string? CitizenName { get; init; }
    public bool Anonymous { get; init; }
    public bool PublishName { get; init; }
    public QuestionChannel Channel { get; init; } = QuestionChannel.FormularioWeb;
    public string? Answer { get; init; }
    public string? AnsweredBy { get; init; }
    public bool AnsweredLive { get; init; }
    public string Actions { get; init; } = "";
    public DateOnly? Deadline { get; init; }
    public DateTime? ReceivedAt { get; init; }
}

public sealed record SurveyDocument
{
    /// <summary>When the public form opens and closes (UTC); null = open from the dialogue / no end.</summary>
    public DateTime? OpensAt { get; init; }
    public DateTime? ClosesAt { get; init; }
    public List<SurveyQuestionDocument> Questions { get; init; } = [];
    public List<SurveyResponseDocument> Responses { get; init; } = [];
}

public sealed record SurveyQuestionDocument
{
    public int Number { get; init; }
    public required string Text { get; init; }
    public SurveyQuestionType Type { get; init; }
    public string Section { get; init; } = "";
    public string Commentary { get; init; } = "";
    public List<string> Options { get; init; } = [];
}

public sealed record SurveyResponseDocument
{
    public DateTime SubmittedAt { get; init; }
    public string Origin { get; init; } = Survey.Responses.ResponseOrigin.Rinde;

    /// <summary>Identity of an imported row, so re-importing its file adds nothing.</summary>
    public string? ImportKey { get; init; }
    public List<SurveyAnswerDocument> Answers { get; init; } = [];
}

/// <summary>An answer: <c>question</c> is the survey question's number; choices are option labels.</summary>
public sealed record SurveyAnswerDocument
{
    public int Question { get; init; }
    public List<string> Choices { get; init; } = [];
    public string? Text { get; init; }
}

public sealed record SelfAssessmentDocument
{
    public List<string> Fortalezas { get; init; } = [];
    public List<string> Oportunidades { get; init; } = [];
    public List<string> Debilidades { get; init; } = [];
    public List<string> Amenazas { get; init; } = [];
    public List<StrategyDocument> Strategies { get; init; } = [];
}

public sealed record StrategyDocument(StrategyKind Kind, string Text, string Code = "");

public sealed record CommitmentDocument
{
    public required string Description { get; init; }
    public string Owner { get; init; } = "";
    public DateOnly? DueDate { get; init; }
    public CommitmentStatus Status { get; init; } = CommitmentStatus.Pendiente;
    public CommitmentOrigin Origin { get; init; } = CommitmentOrigin.Dialogo;
    public int? QuestionNumber { get; init; }
}

public sealed record SignatoryDocument(string Name, string Position = "", string Dependency = "");

public sealed record NarrativesDocument
{
    public string TopicsIntro { get; init; } = "";
    public string ConvocationIntro { get; init; } = "";
    public string ReportIntro { get; init; } = "";
    public string QuestionsIntro { get; init; } = "";
    public string QuestionsAnalysis { get; init; } = "";
    public string SurveyIntro { get; init; } = "";
    public string SurveyConclusion { get; init; } = "";
    public string SelfAssessment { get; init; } = "";
    public string DofaConclusion { get; init; } = "";
    public string Responsibility { get; init; } = "";
    public string GeneralObservations { get; init; } = "";
    public string AnnexNote { get; init; } = "";
    public string Lessons { get; init; } = "";
}

public sealed record AnnexDocument(string Title, Guid? FileId = null);
