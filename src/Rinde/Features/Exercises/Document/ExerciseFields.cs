using Rinde.Features.Acta;
using Rinde.Features.Dependencies;

namespace Rinde.Features.Exercises.Document;

/// <summary>The exercise's own fields from a document (not its lists).</summary>
internal static class ExerciseFields
{
    public static void Apply(ExerciseDocument d, Exercise e, Dependency dependency, ActaFormat? format, DateTime now)
    {
        e.Title = d.Title.Trim();
        e.Dependency = dependency;
        e.ActaFormat = format;
        e.Vigencia = d.Vigencia;
        e.Ordinal = d.Ordinal;
        e.Date = d.Date;
        e.Objective = d.Objective;
        e.Modality = d.Modality;
        e.ModalityDetail = d.ModalityDetail;
        e.ScheduledStart = d.ScheduledStart;
        e.ScheduledEnd = d.ScheduledEnd;
        e.ActualStart = d.ActualStart;
        e.ActualEnd = d.ActualEnd;
        e.Place = d.Place;
        e.StreamLink = d.StreamLink;
        e.EventSource = d.EventSource;
        e.SignLanguageInterpreter = d.Accessibility.SignLanguageInterpreter;
        e.Subtitles = d.Accessibility.Subtitles;
        e.AccessibilityNotes = d.Accessibility.Notes;
        e.QuestionsCloseAt = d.QuestionsCloseAt;
        // An exercise an integration posts is public at once, as the API contract has it (it takes
        // citizens' questions from its creation); one created in the back-office stays a draft
        // until staff publish its announcement. A PUT keeps the announcement it had.
        e.AnnouncedAt = d.AnnouncedAt ?? (e.CreatedAt == default ? now : e.AnnouncedAt);
        e.SurveyOpensAt = d.Survey.OpensAt;
        e.SurveyClosesAt = d.Survey.ClosesAt;
        e.PreparedBy = d.PreparedBy;
        e.ReviewedBy = d.ReviewedBy;
        e.Narratives = NarrativesMapper.ToEntity(d.Narratives);
        e.UpdatedAt = now;
        if (e.CreatedAt == default)
        {
            e.CreatedAt = now;
        }
    }
}
