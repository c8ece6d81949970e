using Rinde.Features.Survey;
using Rinde.Features.Survey.Results;

namespace Rinde.Features.Acta.Model;

/// <summary>
/// Which acta: the internal one (full names, for the file) or the public one, where citizens
/// who did not consent to publish their name print as "Ciudadano(a)" (Ley 1581 de 2012).
/// </summary>
public enum ActaRendering { Interna, Publica }

/// <summary>
/// Everything the acta prints, already computed and formatted for reading: the DOCX and
/// HTML writers only lay it out. Texts called Markdown are the narratives people wrote.
/// </summary>
public sealed record ActaModel(
    int ExerciseId,
    string Title,
    ActaRendering Rendering,
    ActaHeader Header,
    ActaMeeting Meeting,
    IReadOnlyList<string> Agenda,
    TopicsPart Topics,
    ConvocationPart Convocation,
    EventPart Event,
    IReadOnlyList<AudienceLine> Audience,
    ReportPart Report,
    QuestionsPart Questions,
    QuestionAnalysis Analysis,
    SurveyPart Survey,
    SelfAssessmentPart SelfAssessment,
    string ResponsibilityMarkdown,
    string GeneralObservationsMarkdown,
    IReadOnlyList<CommitmentRow> Commitments,
    IReadOnlyList<SignatureBlock> Signatures,
    string AnnexNoteMarkdown,
    string PreparedBy,
    string ReviewedBy,
    IReadOnlyList<string> Annexes)
{
    /// <summary>acta-4112.020.14.12.56 or acta-borrador-17 (without extension).</summary>
    public string FileStem => Meeting.Number is { } number ? "acta-" + SafeFileName(number) : $"acta-borrador-{ExerciseId}";

    private static string SafeFileName(string text) =>
        new(text.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-').ToArray());
}

public sealed record ActaHeader(
    string EntityName, IReadOnlyList<string> ProcessLines, IReadOnlyList<string> SystemLines,
    string FormName, string Code, string Version, string EffectiveDate);

/// <param name="Number">The acta's number; null while it has none (draft).</param>
public sealed record ActaMeeting(
    string? Number, string Date, string StartTime, string EndTime, string Objective,
    string Place, string Link, string Attendees, string Absent, string Invited)
{
    public string NumberText => Number ?? "(sin número: borrador)";
}

public sealed record PersonLine(string Name, string Position);

public sealed record TopicsPart(string IntroMarkdown, IReadOnlyList<OfficeTopics> Offices);

public sealed record OfficeTopics(string Heading, IReadOnlyList<string> Topics);

public sealed record ConvocationPart(string IntroMarkdown, IReadOnlyList<ConvocationItem> Actions);

public sealed record ConvocationItem(
    string Channel, string Details, string Description, IReadOnlyList<string> Links, string Source,
    IReadOnlyList<ActaImage> Images);

/// <summary>An image ready for both writers: PNG or JPEG bytes and their pixel size.</summary>
public sealed record ActaImage(byte[] Bytes, string ContentType, int Width, int Height, string Caption, string Source);

public sealed record EventPart(IReadOnlyList<(string Label, string Value)> Lines, string Link, string Source);

public sealed record AudienceLine(string Sentence, string Source);

public sealed record ReportPart(string IntroMarkdown, IReadOnlyList<ReportSectionPart> Sections);

public sealed record ReportSectionPart(
    string Number, string Title, string NarrativeMarkdown, IReadOnlyList<FigureRow> Figures, IReadOnlyList<ActaImage> Images);

public sealed record FigureRow(string Label, string Value, string Source);

/// <param name="ModerationNote">"N mensajes ocultados por moderación", or empty: hidden messages are counted, never quoted.</param>
public sealed record QuestionsPart(string IntroMarkdown, IReadOnlyList<QuestionRow> Rows, string ModerationNote);

/// <param name="Asker">Name as this rendering may print it, "Ciudadano(a)" or "Anónimo".</param>
public sealed record QuestionRow(int Number, string Asker, string Text, string Answer, string Actions, string Theme);

public sealed record QuestionAnalysis(
    int Total, int Answered, int AnsweredLive, int AnsweredInWriting, int Pending,
    decimal AnsweredPercent, decimal LivePercent, decimal InWritingPercent,
    string Summary, Distribution ByTheme, string ThemeSentence, Distribution ByChannel, Distribution ByType,
    string PendingSentence, IReadOnlyList<string> PendingItems, string CommentaryMarkdown);

public sealed record SurveyPart(
    string IntroMarkdown, int Responses, string ResponsesSentence, IReadOnlyList<SurveyQuestionResult> Questions,
    string ConclusionMarkdown);

public sealed record SelfAssessmentPart(
    string NarrativeMarkdown,
    IReadOnlyList<string> Strengths, IReadOnlyList<string> Weaknesses,
    IReadOnlyList<string> Opportunities, IReadOnlyList<string> Threats,
    IReadOnlyList<string> FO, IReadOnlyList<string> DO, IReadOnlyList<string> FA, IReadOnlyList<string> DA,
    string ConclusionMarkdown, string LessonsMarkdown)
{
    public bool HasDofa => Strengths.Count + Weaknesses.Count + Opportunities.Count + Threats.Count
        + FO.Count + DO.Count + FA.Count + DA.Count > 0;
}

public sealed record CommitmentRow(string What, string Owner, string Date);

public sealed record SignatureBlock(string Name, string Position, string Dependency);
