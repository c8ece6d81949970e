using Rinde.Data;
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

namespace Rinde.Features.Exercises.Document;

/// <summary>Replaces every list of an exercise with the document's, orders taken from positions.</summary>
internal static class ExerciseParts
{
    public static void Replace(ExerciseDocument d, Exercise e, Dictionary<string, Dependency> offices, RindeDbContext db,
        QuestionModerationCarry moderation)
    {
        e.Participants.Clear();
        AddPeople(e, d.Attendees, ParticipantKind.Asistente);
        AddPeople(e, d.Absent, ParticipantKind.Ausente);
        AddPeople(e, d.Invited, ParticipantKind.Invitado);

        e.Topics.Clear();
        e.Topics.AddRange(d.Topics.Select((t, i) => new Topic { Dependency = offices[t.Office], Title = t.Title.Trim(), Order = i }));
        e.Schedule.Clear();
        e.Schedule.AddRange(d.Schedule.Select((s, i) => new ScheduleActivity
        {
            Activity = s.Activity, Owner = s.Owner, DueDate = s.DueDate, DoneDate = s.DoneDate, Evidence = s.Evidence, Order = i,
        }));
        e.ConvocationActions.Clear();
        e.ConvocationActions.AddRange(d.Convocation.Select((c, i) => new ConvocationAction
        {
            Order = i, Channel = c.Channel, Date = c.Date, Audience = c.Audience, Description = c.Description,
            Links = string.Join('\n', c.Links), Source = c.Source,
            Evidence = [.. c.Evidence.Select((v, j) => new ConvocationEvidence { Order = j, FileId = v.FileId, Caption = v.Caption })],
        }));
        e.AudienceFigures.Clear();
        e.AudienceFigures.AddRange(d.Audience.Select(a => new AudienceFigure { Metric = a.Metric, Value = a.Value, Source = a.Source }));
        e.ReportSections.Clear();
        e.ReportSections.AddRange(d.ReportSections.Select((s, i) => new ReportSection
        {
            Order = i, Title = s.Title.Trim(), Narrative = s.Narrative,
            // Offices created by this document have no id yet: SetSectionOffices runs after saving.
            DependencyId = s.Office is { } code && offices[code].Id != 0 ? offices[code].Id : null,
            Figures = [.. s.Figures.Select((f, j) => new ReportFigure { Order = j, Label = f.Label, Value = f.Value, Unit = f.Unit, Source = f.Source })],
            Images = [.. s.Images.Select((m, j) => new ReportImage { Order = j, FileId = m.FileId, Caption = m.Caption, Source = m.Source })],
        }));

        e.Themes.Clear();
        e.Themes.AddRange(d.Themes.Select((t, i) => new QuestionTheme { Name = ThemeNames.Tidy(t.Name), Order = i }));
        // A question names its theme as the theme list does, give or take case, accents and spaces.
        var themes = e.Themes.ToDictionary(t => ThemeNames.Key(t.Name));
        var numbers = ExerciseDocumentValidator.QuestionNumbers(d);
        e.Questions.Clear();
        e.Questions.AddRange(d.Questions.Select((q, i) =>
        {
            var question = new CitizenQuestion
            {
                Number = numbers[i], Text = q.Text, Type = q.Type, Theme = q.Theme is { } t ? themes[ThemeNames.Key(t)] : null,
                CitizenName = q.CitizenName, Anonymous = q.Anonymous, PublishName = q.PublishName, Channel = q.Channel,
                Answer = q.Answer, AnsweredBy = q.AnsweredBy, AnsweredLive = q.AnsweredLive, Actions = q.Actions,
                // Unanswered and without a deadline: the legal one, as on every other path.
                Deadline = q.Deadline ?? (q.Answer is null ? QuestionDeadlines.DueDate(q.Type, e.Date) : null),
                ReceivedAt = q.ReceivedAt ?? default,
            };
            moderation.Apply(question);
            return question;
        }));

        // The imported blocks go too (ExerciseDocumentImporter): the document carries their responses, which come back as rows.
        e.SurveyResponses.Clear();
        e.SurveyQuestions.Clear();
        e.SurveyQuestions.AddRange(d.Survey.Questions.Select((q, i) => new SurveyQuestion
        {
            Order = i, Text = q.Text, Type = q.Type, Section = q.Section, Commentary = q.Commentary,
            Options = [.. q.Options.Select((o, j) => new SurveyOption { Order = j, Label = o })],
        }));

        e.DofaItems.Clear();
        AddDofa(e, d.SelfAssessment.Fortalezas, DofaKind.Fortaleza);
        AddDofa(e, d.SelfAssessment.Oportunidades, DofaKind.Oportunidad);
        AddDofa(e, d.SelfAssessment.Debilidades, DofaKind.Debilidad);
        AddDofa(e, d.SelfAssessment.Amenazas, DofaKind.Amenaza);
        e.DofaStrategies.Clear();
        e.DofaStrategies.AddRange(d.SelfAssessment.Strategies.Select((s, i) => new DofaStrategy { Kind = s.Kind, Code = s.Code, Text = s.Text, Order = i }));
        e.Commitments.Clear();
        e.Commitments.AddRange(d.Commitments.Select((c, i) => new Commitment
        {
            Order = i, Description = c.Description, Owner = c.Owner, DueDate = c.DueDate, Status = c.Status, Origin = c.Origin,
        }));
        e.Signatories.Clear();
        e.Signatories.AddRange(d.Signatories.Select((s, i) => new Signatory { Order = i, Name = s.Name, Position = s.Position, Dependency = s.Dependency }));
        e.Annexes.Clear();
        e.Annexes.AddRange(d.Annexes.Select((a, i) => new Annex { Order = i, Title = a.Title, FileId = a.FileId }));
    }

    public static void SetSectionOffices(ExerciseDocument d, Exercise e, Dictionary<string, Dependency> offices)
    {
        foreach (var (section, doc) in e.ReportSections.Zip(d.ReportSections))
        {
            section.DependencyId = doc.Office is { } code ? offices[code].Id : null;
        }
    }

    public static void AddSurveyResponses(SurveyDocument survey, Exercise e)
    {
        var byNumber = survey.Questions.Select((q, i) => (Number: q.Number > 0 ? q.Number : i + 1, Entity: e.SurveyQuestions[i]))
            .ToDictionary(x => x.Number, x => x.Entity);
        e.SurveyResponses.AddRange(survey.Responses.Select(r => new SurveyResponse
        {
            SubmittedAt = r.SubmittedAt,
            Origin = r.Origin,
            ImportKey = r.ImportKey,
            Answers = [.. r.Answers.SelectMany(a => Answers(byNumber[a.Question], a))],
        }));
    }

    private static IEnumerable<SurveyAnswer> Answers(SurveyQuestion question, SurveyAnswerDocument a)
    {
        foreach (var choice in a.Choices)
        {
            yield return new SurveyAnswer { SurveyQuestionId = question.Id, SurveyOptionId = question.Options.First(o => o.Label == choice).Id };
        }
        if (a.Text is not null)
        {
            yield return new SurveyAnswer { SurveyQuestionId = question.Id, Text = a.Text };
        }
    }

    private static void AddPeople(Exercise e, List<PersonDocument> people, ParticipantKind kind) =>
        e.Participants.AddRange(people.Select((p, i) => new Participant { Kind = kind, Name = p.Name.Trim(), Position = p.Position, Order = i }));

    private static void AddDofa(Exercise e, List<string> items, DofaKind kind) =>
        e.DofaItems.AddRange(items.Select((t, i) => new DofaItem { Kind = kind, Text = t, Order = i }));
}
