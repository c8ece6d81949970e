using Rinde.Features.Exercises;
using Rinde.Features.Questions;
using Rinde.Infrastructure;

namespace Rinde.Features.Acta.Model;

/// <summary>
/// Item 6, the questions table: a hidden message is never quoted (only counted in one line), a
/// merged duplicate prints as "Duplicada de la N" and is neither answered nor pending.
/// </summary>
public static class ActaQuestions
{
    public static QuestionsPart Part(Exercise e, ActaRendering rendering)
    {
        var numbers = e.Questions.ToDictionary(q => q.Id, q => q.Number);
        var rows = e.Questions.Where(q => !q.Hidden).OrderBy(q => q.Number).Select(q => new QuestionRow(
            q.Number, ActaTexts.Asker(q, rendering), q.Text.Trim(),
            q.MergedIntoId is int into ? $"Duplicada de la {numbers.GetValueOrDefault(into)}."
            : QuestionAnalysisBuilder.IsAnswered(q) ? q.Answer!.Trim() : PendingAnswer(q),
            Actions(e, q),
            q.Theme?.Name ?? QuestionAnalysisBuilder.NoTheme)).ToList();
        return new QuestionsPart(e.Narratives.QuestionsIntro, rows, ModerationNote(e.Questions.Count(q => q.Hidden)));
    }

    /// <summary>What staff wrote, then each commitment the question became; "N/A" when neither.</summary>
    private static string Actions(Exercise e, CitizenQuestion q)
    {
        var written = string.IsNullOrWhiteSpace(q.Actions) || q.Actions.Trim() == "N/A" ? null : q.Actions.Trim();
        var parts = e.Commitments.Where(c => c.QuestionId == q.Id).OrderBy(c => c.Order).Select(Commitments.QuestionCommitments.Describe)
            .Prepend(written).OfType<string>().ToList();
        return parts.Count == 0 ? "N/A" : string.Join(" ", parts);
    }

    public static string ModerationNote(int hidden) => hidden switch
    {
        0 => "",
        1 => "1 mensaje ocultado por moderación.",
        _ => $"{EsCo.Count(hidden)} mensajes ocultados por moderación.",
    };

    private static string PendingAnswer(CitizenQuestion q) => LegalTrailText.Of(q) is string trail
        ? trail[..1].ToUpperInvariant() + trail[1..]
        : q.Deadline is { } d
            ? $"Pendiente de respuesta por escrito (plazo: {EsCo.ShortDate(d)})."
            : "Pendiente de respuesta por escrito.";
}
