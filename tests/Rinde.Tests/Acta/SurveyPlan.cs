using Rinde.Features.Exercises;
using Rinde.Features.Survey;
using Rinde.Features.Survey.Questionnaire;
using Rinde.Features.Survey.Responses;

namespace Rinde.Tests.Acta;

/// <summary>
/// Builds an exercise's survey for tests. Answers refer to questions and options by id, so
/// they are recorded here and added by <see cref="Apply"/> once the exercise is saved.
/// </summary>
public sealed class SurveyPlan(Exercise e)
{
    private readonly List<(SurveyResponse Response, SurveyQuestion Question, SurveyOption? Option, string? Text)> _answers = [];

    public SurveyQuestion Question(string text, SurveyQuestionType type, params string[] options)
    {
        var question = new SurveyQuestion
        {
            Text = text, Type = type, Order = e.SurveyQuestions.Count, Section = "EVALUACIÓN",
            Options = options.Select((o, i) => new SurveyOption { Label = o, Order = i }).ToList(),
        };
        e.SurveyQuestions.Add(question);
        return question;
    }

    public SurveyPlan Responses(int count)
    {
        while (e.SurveyResponses.Count < count)
        {
            e.SurveyResponses.Add(new SurveyResponse { SubmittedAt = new DateTime(2021, 11, 17, 15, 0, 0, DateTimeKind.Utc), Origin = "pruebas" });
        }
        return this;
    }

    /// <summary>
    /// Gives each option to the next respondents in turn, from the <paramref name="from"/>-th.
    /// Multiple choice can call it again to add more choices to the same people.
    /// </summary>
    public SurveyPlan Answer(SurveyQuestion question, int from, params (string Label, int Count)[] counts)
    {
        var next = from;
        foreach (var (label, count) in counts)
        {
            var option = question.Options.Single(o => o.Label == label);
            for (var i = 0; i < count; i++)
            {
                _answers.Add((e.SurveyResponses[next++], question, option, null));
            }
        }
        return this;
    }

    /// <summary>Typed answers (free text, comunas), one per respondent from the first.</summary>
    public SurveyPlan Texts(SurveyQuestion question, params string[] texts)
    {
        for (var i = 0; i < texts.Length; i++)
        {
            _answers.Add((e.SurveyResponses[i], question, null, texts[i]));
        }
        return this;
    }

    public void Apply()
    {
        foreach (var (response, question, option, text) in _answers)
        {
            response.Answers.Add(new SurveyAnswer { SurveyQuestionId = question.Id, SurveyOptionId = option?.Id, Text = text });
        }
    }
}
