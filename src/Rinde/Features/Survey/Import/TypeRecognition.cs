using System.Globalization;
using Rinde.Features.Survey.Questionnaire;

namespace Rinde.Features.Survey.Import;

/// <summary>The type and options of a new question, from what the first rows answered.</summary>
public static class TypeRecognition
{
    public static (SurveyQuestionType Type, List<string> Options) Recognise(ColumnProfile profile)
    {
        if (profile.NonBlank == 0)
        {
            return (SurveyQuestionType.TextoCorto, []);
        }
        if (profile.PiecesRecur)
        {
            // Parts given by one person only are typed-in "Otro" answers, not options.
            return (SurveyQuestionType.SeleccionMultiple, [.. profile.Pieces.Where(p => profile.TimesOf(p) > 1)]);
        }
        if (profile.SmallScale)
        {
            var from = (int)Math.Min(1, profile.Min!.Value);
            var to = (int)profile.Max!.Value;
            return (SurveyQuestionType.Escala, [.. Enumerable.Range(from, to - from + 1).Select(n => n.ToString(CultureInfo.InvariantCulture))]);
        }
        if (profile.FewValues)
        {
            return (SurveyQuestionType.SeleccionUnica, [.. profile.Values]);
        }
        var longText = profile.MaxLength > 120 || profile.TotalLength / profile.NonBlank > 60;
        return (longText ? SurveyQuestionType.TextoLargo : SurveyQuestionType.TextoCorto, []);
    }

    /// <summary>A grid's rows share one scale: each row is a single-choice question (multiple for a checkbox grid).</summary>
    public static (SurveyQuestionType Type, List<string> Options) RecogniseGrid(IReadOnlyList<ColumnProfile> rows)
    {
        var multiple = rows.Any(r => r.PiecesRecur);
        var labels = new List<string>();
        var seen = new HashSet<string>();
        foreach (var label in rows.SelectMany(r => multiple ? r.Pieces : r.Values))
        {
            if (seen.Add(ImportText.Key(label))) labels.Add(label);
        }
        return (multiple ? SurveyQuestionType.SeleccionMultiple : SurveyQuestionType.SeleccionUnica, labels);
    }
}
