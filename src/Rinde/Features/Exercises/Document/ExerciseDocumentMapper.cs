using Rinde.Features.Acta;
using Rinde.Features.Exercises;
using Rinde.Features.Survey.Responses;

namespace Rinde.Features.Exercises.Document;

/// <summary>The stored exercise as its JSON document, every collection in its stored order.</summary>
public static class ExerciseDocumentMapper
{
    /// <param name="exercise">Loaded with <see cref="ExerciseQueries.LoadCompleteAsync"/>.</param>
    public static ExerciseDocument ToDocument(Exercise exercise)
    {
        var e = exercise;
        var codes = e.Dependency.Children.Append(e.Dependency).ToDictionary(d => d.Id, d => d.Code);
        var questionNumbers = e.Questions.ToDictionary(q => q.Id, q => q.Number);
        var surveyNumbers = e.SurveyQuestions.Select((q, i) => (q, i)).ToDictionary(x => x.q.Id, x => x.i + 1);
        var optionLabels = e.SurveyQuestions.SelectMany(q => q.Options).ToDictionary(o => o.Id, o => o.Label);
        List<PersonDocument> People(ParticipantKind kind) =>
            [.. e.Participants.Where(p => p.Kind == kind).Select(p => new PersonDocument(p.Name, p.Position))];
        List<string> Dofa(SelfAssessment.DofaKind kind) => [.. e.DofaItems.Where(d => d.Kind == kind).Select(d => d.Text)];

        return new ExerciseDocument
        {
            Id = e.Id,
            Title = e.Title,
            Dependency = new DependencyRef(e.Dependency.Code, e.Dependency.Name),
            Offices = [.. e.Dependency.Children.OrderBy(d => d.Code).Select(d => new DependencyRef(d.Code, d.Name))],
            Vigencia = e.Vigencia,
            Ordinal = e.Ordinal,
            Date = e.Date,
            Status = e.Status,
            ActaNumber = e.ActaNumber,
            Format = e.ActaFormat is { } f ? new FormatDocument
            {
                EntityName = f.EntityName, ProcessLines = Lines(f.ProcessLines), SystemLines = Lines(f.SystemLines),
                FormName = f.FormName, Code = f.Code, Version = f.Version, EffectiveDate = f.EffectiveDate,
                Series = f.Series, Subseries = f.Subseries, NumberPattern = f.NumberPattern,
            } : null,
            Objective = e.Objective,
            Modality = e.Modality,
            ModalityDetail = e.ModalityDetail,
            ScheduledStart = e.ScheduledStart,
            ScheduledEnd = e.ScheduledEnd,
            ActualStart = e.ActualStart,
            ActualEnd = e.ActualEnd,
            Place = e.Place,
            StreamLink = e.StreamLink,
            EventSource = e.EventSource,
            Accessibility = new AccessibilityDocument
            {
                SignLanguageInterpreter = e.SignLanguageInterpreter, Subtitles = e.Subtitles, Notes = e.AccessibilityNotes,
            },
            QuestionsCloseAt = e.QuestionsCloseAt,
            AnnouncedAt = e.AnnouncedAt,
            Attendees = People(ParticipantKind.Asistente),
            Absent = People(ParticipantKind.Ausente),
            Invited = People(ParticipantKind.Invitado),
            Topics = [.. e.Topics.Select(t => new TopicDocument(t.Dependency.Code, t.Title))],
            Schedule = [.. e.Schedule.Select(s => new ScheduleActivityDocument
            {
                Activity = s.Activity, Owner = s.Owner, DueDate = s.DueDate, DoneDate = s.DoneDate, Evidence = s.Evidence,
            })],
            Convocation = [.. e.ConvocationActions.Select(c => new ConvocationDocument
            {
                Channel = c.Channel, Date = c.Date, Audience = c.Audience, Description = c.Description, Links = Lines(c.Links),
                Source = c.Source, Evidence = [.. c.Evidence.Select(v => new ImageDocument { FileId = v.FileId, Caption = v.Caption })],
            })],
            Audience = [.. e.AudienceFigures.Select(a => new AudienceFigureDocument(a.Metric, a.Value, a.Source))],
            ReportSections = [.. e.ReportSections.Select(s => new ReportSectionDocument
            {
                Title = s.Title,
                Office = s.DependencyId is int d && codes.TryGetValue(d, out var code) ? code : null,
                Narrative = s.Narrative,
                Figures = [.. s.Figures.Select(f => new FigureDocument(f.Label, Normalized(f.Value), f.Unit, f.Source))],
                Images = [.. s.Images.Select(i => new ImageDocument { FileId = i.FileId, Caption = i.Caption, Source = i.Source })],
            })],
            Themes = [.. e.Themes.Select(t => new ThemeDocument(t.Name))],
            Questions = [.. e.Questions.Select(q => new QuestionDocument
            {
                Number = q.Number, Text = q.Text, Type = q.Type, Theme = q.Theme?.Name, CitizenName = q.CitizenName,
                Anonymous = q.Anonymous, PublishName = q.PublishName, Channel = q.Channel, Answer = q.Answer,
                AnsweredBy = q.AnsweredBy, AnsweredLive = q.AnsweredLive, Actions = q.Actions, Deadline = q.Deadline,
                ReceivedAt = q.ReceivedAt == default ? null : q.ReceivedAt,
            })],
            Survey = new SurveyDocument
            {
                OpensAt = e.SurveyOpensAt,
                ClosesAt = e.SurveyClosesAt,
                Questions = [.. e.SurveyQuestions.Select((q, i) => new SurveyQuestionDocument
                {
                    Number = i + 1, Text = q.Text, Type = q.Type, Section = q.Section, Commentary = q.Commentary,
                    Options = [.. q.Options.Select(o => o.Label)],
                })],
                // Imported responses follow the rows, block by block, unpacked into responses like the rows.
                Responses = [.. e.SurveyResponses.Concat(e.ImportedBlocks.SelectMany(ImportedResponses.Read)).Select(r => new SurveyResponseDocument
                {
                    SubmittedAt = r.SubmittedAt,
                    Origin = r.Origin,
                    ImportKey = r.ImportKey,
                    Answers = [.. r.Answers.GroupBy(a => a.SurveyQuestionId).OrderBy(g => surveyNumbers[g.Key]).Select(g => new SurveyAnswerDocument
                    {
                        Question = surveyNumbers[g.Key],
                        Choices = [.. g.Where(a => a.SurveyOptionId is not null).Select(a => optionLabels[a.SurveyOptionId!.Value])],
                        Text = g.FirstOrDefault(a => a.Text is not null)?.Text,
                    })],
                })],
            },
            SelfAssessment = new SelfAssessmentDocument
            {
                Fortalezas = Dofa(SelfAssessment.DofaKind.Fortaleza),
                Oportunidades = Dofa(SelfAssessment.DofaKind.Oportunidad),
                Debilidades = Dofa(SelfAssessment.DofaKind.Debilidad),
                Amenazas = Dofa(SelfAssessment.DofaKind.Amenaza),
                Strategies = [.. e.DofaStrategies.Select(s => new StrategyDocument(s.Kind, s.Text, s.Code))],
            },
            Commitments = [.. e.Commitments.Select(c => new CommitmentDocument
            {
                Description = c.Description, Owner = c.Owner, DueDate = c.DueDate, Status = c.Status, Origin = c.Origin,
                QuestionNumber = c.QuestionId is int q && questionNumbers.TryGetValue(q, out var n) ? n : null,
            })],
            Signatories = [.. e.Signatories.Select(s => new SignatoryDocument(s.Name, s.Position, s.Dependency))],
            PreparedBy = e.PreparedBy,
            ReviewedBy = e.ReviewedBy,
            Narratives = NarrativesMapper.ToDocument(e.Narratives),
            Annexes = [.. e.Annexes.Select(a => new AnnexDocument(a.Title, a.FileId))],
        };
    }

    /// <summary>1752560630.0 read back from SQLite is 1752560630: trailing zeros are not data.</summary>
    public static decimal Normalized(decimal value) => value / 1.000000000000000000000000000000000m;

    public static List<string> Lines(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
