using Microsoft.AspNetCore.Mvc.ModelBinding;
using Rinde.Features.Survey.Questionnaire;

namespace Rinde.Features.Survey.Responses;

/// <summary>A page that shows the _SurveyAnswerFields partial: one field per question, named "r{questionId}".</summary>
public interface ISurveyAnswerForm
{
    List<SurveyQuestion> Questions { get; }

    /// <summary>The values to show (typed back after a refused POST).</summary>
    string[] Values(string name);

    /// <summary>Heading level of the questions' section titles (3 → h3); null shows no sections.</summary>
    int? SectionLevel { get; }
}

/// <summary>Reads a posted survey (staff's paper transcription and the public form alike).</summary>
public static class SurveyResponses
{
    public const int MaxTextLength = 4000;

    public static string FieldName(SurveyQuestion question) => $"r{question.Id}";

    /// <summary>The posted values, trimmed, blanks left out.</summary>
    public static Dictionary<string, string[]> Posted(IFormCollection form) =>
        form.ToDictionary(f => f.Key, f => f.Value.Select(v => v?.Trim() ?? "").Where(v => v.Length > 0).ToArray());

    /// <summary>The answers given to every question; wrong ones go to ModelState under "r{id}".</summary>
    public static List<SurveyAnswer> Read(IEnumerable<SurveyQuestion> questions, IReadOnlyDictionary<string, string[]> posted, ModelStateDictionary errors) =>
        [.. questions.SelectMany(q => Read(q, posted.GetValueOrDefault(FieldName(q), []), errors))];

    private static IEnumerable<SurveyAnswer> Read(SurveyQuestion question, string[] values, ModelStateDictionary errors)
    {
        var key = FieldName(question);
        if (!question.Type.HasOptions())
        {
            if (values.FirstOrDefault() is { } text)
            {
                if (text.Length > MaxTextLength) errors.AddModelError(key, "La respuesta admite hasta 4.000 caracteres.");
                yield return new SurveyAnswer { SurveyQuestionId = question.Id, Text = text };
            }
            yield break;
        }
        if (values.Length > 1 && question.Type != SurveyQuestionType.SeleccionMultiple)
        {
            errors.AddModelError(key, "Esta pregunta admite una sola opción.");
        }
        foreach (var value in values.Distinct())
        {
            var option = question.Options.FirstOrDefault(o => o.Id.ToString(Infrastructure.EsCo.Culture) == value);
            if (option is null)
            {
                errors.AddModelError(key, "Elija una de las opciones de la lista.");
                yield break;
            }
            yield return new SurveyAnswer { SurveyQuestionId = question.Id, SurveyOptionId = option.Id };
        }
    }
}
