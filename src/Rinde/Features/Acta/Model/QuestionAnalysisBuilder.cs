using Rinde.Features.Exercises;
using Rinde.Features.Questions;
using Rinde.Features.Survey;
using Rinde.Features.Survey.Results;
using Rinde.Infrastructure;

namespace Rinde.Features.Acta.Model;

/// <summary>Item 7: every figure about the questions, computed from the questions themselves.</summary>
public static class QuestionAnalysisBuilder
{
    public const string NoTheme = "Sin tema";

    public static QuestionAnalysis Build(Exercise e)
    {
        var questions = Counted(e);
        var total = questions.Count;
        var answered = questions.Count(IsAnswered);
        var live = questions.Count(q => IsAnswered(q) && q.AnsweredLive);
        var writing = answered - live;
        var pending = total - answered;

        var byTheme = Percentages.Distribute(ThemeCounts(e, questions), total);
        var pendingItems = questions.Where(q => !IsAnswered(q)).OrderBy(q => q.Number).Select(PendingItem).ToList();
        var pendingSentence = pending == 0
            ? "No quedaron preguntas pendientes de respuesta."
            : $"Quedaron {EsCo.Count(pending)} {(pending == 1 ? "pregunta pendiente" : "preguntas pendientes")} de respuesta ({EsCo.Percent(Percentages.Of(pending, total))}), que se contestarán por escrito:";

        return new QuestionAnalysis(total, answered, live, writing, pending,
            Percentages.Of(answered, total), Percentages.Of(live, total), Percentages.Of(writing, total),
            Summary(total, answered, live, writing), byTheme, ThemeSentence(byTheme),
            Percentages.Distribute(Counts(questions, q => QuestionLabels.Channel(q.Channel)), total),
            Percentages.Distribute(Counts(questions, q => QuestionLabels.Type(q.Type)), total),
            pendingSentence, pendingItems, e.Narratives.QuestionsAnalysis);
    }

    public static bool IsAnswered(CitizenQuestion q) => !string.IsNullOrWhiteSpace(q.Answer);

    /// <summary>The questions every figure counts: moderation's hidden ones and merged duplicates are left out.</summary>
    public static List<CitizenQuestion> Counted(Exercise e) => e.Questions.Where(PublicQuestions.Counts).ToList();

    private static IEnumerable<(string, int)> ThemeCounts(Exercise e, List<CitizenQuestion> questions)
    {
        foreach (var theme in e.Themes.OrderBy(t => t.Order))
        {
            yield return (theme.Name, questions.Count(q => q.ThemeId == theme.Id));
        }
        var unclassified = questions.Count(q => q.ThemeId is null);
        if (unclassified > 0)
        {
            yield return (NoTheme, unclassified);
        }
    }

    /// <summary>Only the channels or types that occurred, most frequent first.</summary>
    private static IEnumerable<(string, int)> Counts(IEnumerable<CitizenQuestion> questions, Func<CitizenQuestion, string> label) =>
        questions.GroupBy(label).Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2).ThenBy(g => g.Key, StringComparer.Ordinal);

    private static string Summary(int total, int answered, int live, int writing)
    {
        if (total == 0)
        {
            return "No se recibieron propuestas, observaciones ni preguntas durante el espacio de diálogo.";
        }
        var received = total == 1 ? "de la única pregunta presentada" : $"del total de {EsCo.Count(total)} preguntas presentadas";
        var share = EsCo.Percent(Percentages.Of(answered, total));
        if (answered == 0)
        {
            return $"Respecto {received} por la ciudadanía, ninguna ha recibido respuesta todavía.";
        }
        var how = (live, writing) switch
        {
            (_, 0) => "durante la transmisión",
            (0, _) => "por escrito",
            _ => $"así: el {EsCo.Percent(Percentages.Of(live, total))} durante la transmisión y el {EsCo.Percent(Percentages.Of(writing, total))} por escrito",
        };
        return $"{char.ToUpper(received[0], EsCo.Culture)}{received[1..]} por la ciudadanía, se dio respuesta al {share} {how}.";
    }

    private static string ThemeSentence(Distribution byTheme)
    {
        var parts = byTheme.Rows.Where(r => r.Count > 0)
            .Select((r, i) => (r, i)).OrderByDescending(x => x.r.Count).ThenBy(x => x.i)
            .Select(x => $"el {EsCo.Percent(x.r.Percent)} en «{x.r.Label}»")
            .ToList();
        return parts.Count == 0 ? "" : $"Por tema, las preguntas se centraron así: {SurveySentence.JoinSpanish(parts)}.";
    }

    private static string PendingItem(CitizenQuestion q) => $"Pregunta {q.Number}: " + (LegalTrailText.Of(q) ?? (q.Deadline is { } deadline
        ? $"plazo de respuesta hasta el {EsCo.ShortDate(deadline)}."
        : "sin plazo registrado."));
}
