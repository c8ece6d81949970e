using Rinde.Features.Acta.Model;

namespace Rinde.Features.Survey;

/// <summary>The computed results of one survey question.</summary>
/// <param name="Respondents">Responses that answered this question.</param>
/// <param name="Unanswered">Responses that left it blank.</param>
/// <param name="Options">Options with count and percent over <paramref name="Respondents"/>; empty for free text.</param>
public sealed record SurveyQuestionResult(
    int QuestionId,
    string Question,
    SurveyQuestionType Type,
    string Section,
    int Respondents,
    int Unanswered,
    Distribution Options,
    IReadOnlyList<string> Texts,
    string Sentence,
    string Commentary)
{
    public bool IsClosed => SurveyResults.IsClosed(Type);
}

public static class SurveyResults
{
    public static bool IsClosed(SurveyQuestionType type) =>
        type is not (SurveyQuestionType.TextoCorto or SurveyQuestionType.TextoLargo);

    /// <summary>Results of every question, in the survey's order, from the stored responses.</summary>
    public static IReadOnlyList<SurveyQuestionResult> Compute(
        IEnumerable<SurveyQuestion> questions, IReadOnlyCollection<SurveyResponse> responses) =>
        questions.OrderBy(q => q.Order).Select(q => Compute(q, responses)).ToList();

    public static SurveyQuestionResult Compute(SurveyQuestion question, IReadOnlyCollection<SurveyResponse> responses)
    {
        // One list of answers per response that said something to this question.
        var answered = responses
            .Select(r => r.Answers.Where(a => a.SurveyQuestionId == question.Id && IsGiven(a)).ToList())
            .Where(a => a.Count > 0)
            .ToList();
        var respondents = answered.Count;
        var unanswered = responses.Count - respondents;

        if (!IsClosed(question.Type))
        {
            var texts = answered.SelectMany(a => a).Select(a => a.Text!.Trim()).ToList();
            var empty = new Distribution([], respondents, 0m, null);
            return new SurveyQuestionResult(question.Id, question.Text, question.Type, question.Section,
                respondents, unanswered, empty, texts, SurveySentence.ForTexts(texts.Count), question.Commentary);
        }

        var counts = OptionCounts(question, answered);
        var distribution = Percentages.Distribute(counts, respondents,
            exclusive: question.Type != SurveyQuestionType.SeleccionMultiple);
        return new SurveyQuestionResult(question.Id, question.Text, question.Type, question.Section,
            respondents, unanswered, distribution, [], SurveySentence.ForOptions(question, distribution), question.Commentary);
    }

    private static bool IsGiven(SurveyAnswer answer) =>
        answer.SurveyOptionId is not null || !string.IsNullOrWhiteSpace(answer.Text);

    /// <summary>
    /// The declared options in order (zero counts included), then any typed-in values
    /// (imported scales, comunas, "Otro: ...") grouped by text, most frequent first. A
    /// respondent counts once per option even if the import repeated the answer.
    /// </summary>
    private static List<(string Label, int Count)> OptionCounts(SurveyQuestion question, List<List<SurveyAnswer>> answered)
    {
        var result = question.Options.OrderBy(o => o.Order)
            .Select(o => (o.Label, answered.Count(a => a.Any(x => x.SurveyOptionId == o.Id))))
            .ToList();
        var typed = answered
            .SelectMany(a => a.Where(x => x.SurveyOptionId is null).Select(x => x.Text!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(t => t, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Label: g.First(), Count: g.Count()));
        var ordered = question.Type == SurveyQuestionType.Escala
            ? typed.OrderBy(t => decimal.TryParse(t.Label, out var n) ? n : decimal.MaxValue).ThenBy(t => t.Label, StringComparer.Ordinal)
            : typed.OrderByDescending(t => t.Count).ThenBy(t => t.Label, StringComparer.Ordinal);
        result.AddRange(ordered);
        return result;
    }
}
