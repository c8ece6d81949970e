using Rinde.Features.Exercises;
using Rinde.Features.SelfAssessment;
using Rinde.Features.Survey;
using Rinde.Features.Survey.Responses;
using Rinde.Features.Survey.Results;
using Rinde.Infrastructure;

namespace Rinde.Features.Acta.Model;

/// <summary>Builds the acta's model from an exercise loaded with <c>LoadCompleteAsync</c>.</summary>
public sealed class ActaModelBuilder(ActaImageLoader images)
{
    public async Task<ActaModel> BuildAsync(Exercise e, ActaRendering rendering, CancellationToken ct = default)
    {
        var analysis = QuestionAnalysisBuilder.Build(e);
        return new ActaModel(
            e.Id, e.Title, rendering, Header(e), Meeting(e), ActaTexts.Agenda,
            Topics(e),
            await ConvocationAsync(e, ct),
            Event(e),
            e.AudienceFigures.OrderBy(f => f.Metric).Select(ActaTexts.Audience).ToList(),
            await ReportAsync(e, ct),
            ActaQuestions.Part(e, rendering),
            analysis,
            Survey(e),
            SelfAssessment(e),
            ResponsibilityText.For(e, analysis),
            e.Narratives.GeneralObservations,
            e.Commitments.Select(c => new CommitmentRow(c.Description, c.Owner,
                c.DueDate is { } d ? EsCo.ShortDate(d) : "Sin fecha")).ToList(),
            e.Signatories.Select(s => new SignatureBlock(ActaTexts.Upper(s.Name.Trim()), s.Position, s.Dependency)).ToList(),
            e.Narratives.AnnexNote, e.PreparedBy, e.ReviewedBy,
            e.Annexes.Select(a => a.Title).ToList());
    }

    private static ActaHeader Header(Exercise e)
    {
        var f = e.ActaFormat;
        return f is null
            ? new ActaHeader(e.Dependency.Name, [], [], "ACTA DE REUNIÓN", "", "", "")
            : new ActaHeader(f.EntityName, ActaTexts.Lines(f.ProcessLines), ActaTexts.Lines(f.SystemLines),
                f.FormName, f.Code, f.Version, EsCo.ShortDate(f.EffectiveDate));
    }

    private static ActaMeeting Meeting(Exercise e)
    {
        var start = e.ActualStart ?? e.ScheduledStart;
        var end = e.ActualEnd ?? e.ScheduledEnd;
        return new ActaMeeting(e.ActaNumber, EsCo.ShortDate(e.Date),
            start is { } s ? EsCo.Time(s) : "", end is { } t ? EsCo.Time(t) : "",
            e.Objective, e.Place, e.StreamLink,
            ActaTexts.People(e.Participants.Where(p => p.Kind == ParticipantKind.Asistente)),
            ActaTexts.People(e.Participants.Where(p => p.Kind == ParticipantKind.Ausente)),
            ActaTexts.People(e.Participants.Where(p => p.Kind == ParticipantKind.Invitado)));
    }

    private static TopicsPart Topics(Exercise e) => new(e.Narratives.TopicsIntro,
        e.Topics.OrderBy(t => t.Order).GroupBy(t => t.DependencyId)
            .Select(g => new OfficeTopics("TEMAS " + ActaTexts.Upper(g.First().Dependency.Name), g.Select(t => t.Title).ToList()))
            .ToList());

    private async Task<ConvocationPart> ConvocationAsync(Exercise e, CancellationToken ct)
    {
        var actions = new List<ConvocationItem>();
        foreach (var a in e.ConvocationActions)
        {
            var evidence = new List<ActaImage>();
            foreach (var v in a.Evidence)
            {
                if (await images.LoadAsync(v.File, v.Caption, "", ct) is { } image)
                {
                    evidence.Add(image);
                }
            }
            var counts = a.Delivered is int delivered ? $"{EsCo.Count(delivered)} entregados, {EsCo.Count(a.Failed ?? 0)} fallidos" : "";
            var details = string.Join(" · ", new[] { a.Date is { } d ? EsCo.ShortDate(d) : "", a.Audience, counts }.Where(x => x.Length > 0));
            actions.Add(new ConvocationItem(a.Channel, details, a.Description, ActaTexts.Lines(a.Links), a.Source, evidence));
        }
        return new ConvocationPart(e.Narratives.ConvocationIntro, actions);
    }

    private static EventPart Event(Exercise e)
    {
        var start = e.ActualStart ?? e.ScheduledStart;
        var end = e.ActualEnd ?? e.ScheduledEnd;
        var time = (start, end) switch
        {
            ({ } s, { } t) => $"{EsCo.Time(s)} a {EsCo.Time(t)}",
            ({ } s, null) => EsCo.Time(s),
            _ => "",
        };
        List<(string, string)> lines =
        [
            ("Fecha", EsCo.LongDate(e.Date)), ("Hora", time), ("Lugar", e.Place),
            ("Modalidad", ActaTexts.Modality(e)), ("Accesibilidad", ActaTexts.Accessibility(e)),
        ];
        return new EventPart(lines.Where(l => l.Item2.Length > 0).ToList(), e.StreamLink, e.EventSource);
    }

    private async Task<ReportPart> ReportAsync(Exercise e, CancellationToken ct)
    {
        var sections = new List<ReportSectionPart>();
        foreach (var (s, i) in e.ReportSections.Select((s, i) => (s, i)))
        {
            var pictures = new List<ActaImage>();
            foreach (var img in s.Images)
            {
                if (await images.LoadAsync(img.File, img.Caption, img.Source, ct) is { } image)
                {
                    pictures.Add(image);
                }
            }
            sections.Add(new ReportSectionPart($"5.{i + 1}", ActaTexts.Upper(s.Title.Trim()), s.Narrative,
                s.Figures.Select(f => new FigureRow(f.Label, ActaTexts.Figure(f), f.Source)).ToList(), pictures));
        }
        return new ReportPart(e.Narratives.ReportIntro, sections);
    }

    /// <summary>Typed-in and online responses are rows; imported ones come in the blocks the loader read alongside.</summary>
    private static SurveyPart Survey(Exercise e)
    {
        var n = e.SurveyResponses.Count + e.ImportedBlocks.Sum(b => b.Count);
        var sentence = n == 0
            ? "No se registraron respuestas a la encuesta de evaluación."
            : $"La encuesta de evaluación fue respondida por {ActaTexts.Persons(n)} ({EsCo.Count(n)}).";
        return new SurveyPart(e.Narratives.SurveyIntro, n, sentence,
            SurveyResults.Compute(e.SurveyQuestions, e.SurveyResponses, e.ImportedBlocks), e.Narratives.SurveyConclusion);
    }

    private static SelfAssessmentPart SelfAssessment(Exercise e)
    {
        List<string> Items(DofaKind kind) => e.DofaItems.Where(d => d.Kind == kind).Select(d => d.Text).ToList();
        List<string> Strategies(StrategyKind kind) => e.DofaStrategies.Where(s => s.Kind == kind)
            .Select((s, i) => $"{(s.Code.Length > 0 ? s.Code : $"{kind}{i + 1}")}: {s.Text}").ToList();
        return new SelfAssessmentPart(e.Narratives.SelfAssessment,
            Items(DofaKind.Fortaleza), Items(DofaKind.Debilidad), Items(DofaKind.Oportunidad), Items(DofaKind.Amenaza),
            Strategies(StrategyKind.FO), Strategies(StrategyKind.DO), Strategies(StrategyKind.FA), Strategies(StrategyKind.DA),
            e.Narratives.DofaConclusion, e.Narratives.Lessons);
    }
}
