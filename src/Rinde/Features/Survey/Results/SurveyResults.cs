using Rinde.Features.Survey.Questionnaire;
using Rinde.Features.Survey.Responses;
using Rinde.Features.Survey.Responses.Blocks;

namespace Rinde.Features.Survey.Results;

/// <summary>The computed results of one survey question.</summary>
/// <param name="Respondents">Responses that answered this question.</param>
/// <param name="Unanswered">Responses that left it blank.</param>
/// <param name="Options">Options with count and percent over <paramref name="Respondents"/>; empty for free text.</param>
/// <param name="Texts">The open answers (all of them, or the first ones when the caller set a limit).</param>
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
    public bool IsClosed => Type.HasOptions();
}

/// <summary>What was counted for one question, wherever it was counted (memory or database).</summary>
/// <param name="OptionRespondents">Respondents per declared option id.</param>
/// <param name="Typed">Respondents per typed-in value of a closed question (imported scales, comunas, "Otro: ...").</param>
public sealed record SurveyQuestionCounts(
    int Respondents,
    IReadOnlyDictionary<int, int> OptionRespondents,
    IReadOnlyList<(string Text, int Count)> Typed,
    IReadOnlyList<string> Texts);

public static class SurveyResults
{
    /// <summary>Results of every question, in the survey's order, from responses already in memory.</summary>
    public static IReadOnlyList<SurveyQuestionResult> Compute(
        IEnumerable<SurveyQuestion> questions, IReadOnlyCollection<SurveyResponse> responses) => Compute(questions, responses, []);

    /// <summary>
    /// The acta's path: the rows in memory counted here, the imported blocks by their summaries,
    /// and the open answers of both (rows first, then blocks in order, as the results page lists them).
    /// </summary>
    public static IReadOnlyList<SurveyQuestionResult> Compute(IEnumerable<SurveyQuestion> questions,
        IReadOnlyCollection<SurveyResponse> responses, IReadOnlyCollection<SurveyResponseBlock> blocks)
    {
        var imported = BlockSummaries.Of(blocks);
        var open = questions.Where(q => !q.Type.HasOptions()).Select(q => q.Id).ToHashSet();
        var texts = blocks.Where(b => open.Any(id => b.QuestionIds.Contains(BlockLayout.Marker(id), StringComparison.Ordinal)))
            .SelectMany(BlockReader.Responses).SelectMany(r => r.Answers)
            .Where(a => open.Contains(a.SurveyQuestionId) && IsGiven(a)).ToLookup(a => a.SurveyQuestionId, a => a.Text!.Trim());
        return questions.OrderBy(q => q.Order).Select(q =>
        {
            var counts = imported.AddTo(q.Id, Count(q, responses));
            return Build(q, responses.Count + imported.Responses, counts with { Texts = [.. counts.Texts, .. texts[q.Id]] });
        }).ToList();
    }

    public static SurveyQuestionResult Compute(SurveyQuestion question, IReadOnlyCollection<SurveyResponse> responses) =>
        Build(question, responses.Count, Count(question, responses));

    /// <summary>Percentages, order of the options and the sentence: the one place they are decided.</summary>
    public static SurveyQuestionResult Build(SurveyQuestion question, int totalResponses, SurveyQuestionCounts counts)
    {
        var unanswered = totalResponses - counts.Respondents;
        if (!question.Type.HasOptions())
        {
            var empty = new Distribution([], counts.Respondents, 0m, null);
            return new SurveyQuestionResult(question.Id, question.Text, question.Type, question.Section,
                counts.Respondents, unanswered, empty, counts.Texts, SurveySentence.ForTexts(counts.Respondents), question.Commentary);
        }
        var distribution = Percentages.Distribute(OptionCounts(question, counts), counts.Respondents,
            exclusive: question.Type != SurveyQuestionType.SeleccionMultiple);
        return new SurveyQuestionResult(question.Id, question.Text, question.Type, question.Section,
            counts.Respondents, unanswered, distribution, [], SurveySentence.ForOptions(question, distribution), question.Commentary);
    }

    internal static bool IsGiven(SurveyAnswer answer) =>
        answer.SurveyOptionId is not null || !string.IsNullOrWhiteSpace(answer.Text);

    private static SurveyQuestionCounts Count(SurveyQuestion question, IReadOnlyCollection<SurveyResponse> responses)
    {
        // One list of answers per response that said something to this question.
        var answered = responses
            .Select(r => r.Answers.Where(a => a.SurveyQuestionId == question.Id && IsGiven(a)).ToList())
            .Where(a => a.Count > 0)
            .ToList();
        var options = answered.SelectMany(a => a.Where(x => x.SurveyOptionId is not null).Select(x => x.SurveyOptionId!.Value).Distinct())
            .GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        var typed = answered.SelectMany(a => a.Where(x => x.SurveyOptionId is null).Select(x => x.Text!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(t => t, StringComparer.OrdinalIgnoreCase).Select(g => (g.First(), g.Count())).ToList();
        var texts = question.Type.HasOptions() ? [] : answered.SelectMany(a => a).Select(a => a.Text!.Trim()).ToList();
        return new SurveyQuestionCounts(answered.Count, options, typed, texts);
    }

    /// <summary>
    /// The declared options in order (zero counts included), then the typed-in values grouped
    /// by text, most frequent first (scales in numeric order).
    /// </summary>
    private static List<(string Label, int Count)> OptionCounts(SurveyQuestion question, SurveyQuestionCounts counts)
    {
        var result = question.Options.OrderBy(o => o.Order)
            .Select(o => (o.Label, counts.OptionRespondents.GetValueOrDefault(o.Id)))
            .ToList();
        var typed = counts.Typed
            .GroupBy(t => t.Text.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(g => (Label: g.First().Text.Trim(), Count: g.Sum(x => x.Count)));
        var ordered = question.Type == SurveyQuestionType.Escala
            ? typed.OrderBy(t => decimal.TryParse(t.Label, out var n) ? n : decimal.MaxValue).ThenBy(t => t.Label, StringComparer.Ordinal)
            : typed.OrderByDescending(t => t.Count).ThenBy(t => t.Label, StringComparer.Ordinal);
        result.AddRange(ordered);
        return result;
    }
}
