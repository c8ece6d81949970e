using System.Text.RegularExpressions;
using Rinde.Features.Survey.Questionnaire;
using Rinde.Infrastructure;

namespace Rinde.Features.Survey.Results;

/// <summary>
/// The one Spanish sentence the acta prints under each survey question, written from the
/// computed shares, e.g. "El 81,5 % de los encuestados calificó la actividad como Excelente
/// y el 18,5 % como Bueno."
/// </summary>
public static partial class SurveySentence
{
    private const int MaxMentioned = 4;

    public static string ForTexts(int count) => count switch
    {
        0 => "Nadie escribió una respuesta a esta pregunta.",
        1 => "Una persona escribió una respuesta.",
        _ => $"{EsCo.Count(count)} personas escribieron una respuesta.",
    };

    public static string ForOptions(SurveyQuestion question, Distribution options)
    {
        if (options.Base == 0)
        {
            return "Nadie respondió esta pregunta.";
        }
        var ranked = options.Rows.Select((row, index) => (row, index))
            .Where(x => x.row.Count > 0)
            .OrderByDescending(x => x.row.Count).ThenBy(x => x.index)
            .Select(x => x.row)
            .ToList();
        var mentioned = ranked.Take(MaxMentioned).ToList();

        var rated = RatedObject().Match(question.Text);
        string First(DistributionRow r) => rated.Success
            ? $"calificó {rated.Groups["obj"].Value.Trim()} como {r.Label}"
            : question.Type == SurveyQuestionType.SeleccionMultiple ? $"eligió «{r.Label}»" : $"respondió «{r.Label}»";
        string Next(DistributionRow r) => rated.Success ? $"el {EsCo.Percent(r.Percent)} como {r.Label}" : $"el {EsCo.Percent(r.Percent)}, «{r.Label}»";

        var parts = new List<string> { $"El {EsCo.Percent(mentioned[0].Percent)} de los encuestados {First(mentioned[0])}" };
        parts.AddRange(mentioned.Skip(1).Select(Next));
        var sentence = JoinSpanish(parts);

        var rest = ranked.Skip(MaxMentioned).ToList();
        if (rest.Count > 0)
        {
            sentence += question.Type == SurveyQuestionType.SeleccionMultiple
                ? $"; otras {rest.Count} opciones recibieron menos respuestas"
                : $"; las otras {rest.Count} opciones reunieron el {EsCo.Percent(Percentages.Of(rest.Sum(r => r.Count), options.Base))}";
        }
        return sentence + ".";
    }

    /// <summary>"a", "a y b", "a, b y c".</summary>
    public static string JoinSpanish(IReadOnlyList<string> parts) => parts.Count switch
    {
        0 => "",
        1 => parts[0],
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + " y " + parts[^1],
    };

    // "¿Cómo califica la gestión?" -> "la gestión": the object the respondents rated.
    [GeneratedRegex(@"califica\s+(?<obj>[^?¿]+)\?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RatedObject();
}
