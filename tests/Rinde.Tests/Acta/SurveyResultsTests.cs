using Rinde.Features.Survey;
using Rinde.Features.Survey.Questionnaire;
using Rinde.Features.Survey.Responses;
using Rinde.Features.Survey.Results;

namespace Rinde.Tests.Acta;

/// <summary>The survey's computation on in-memory records (no database needed).</summary>
public class SurveyResultsTests
{
    private static (SurveyQuestion, List<SurveyResponse>) Rated(string text, params int[] counts)
    {
        string[] labels = ["Excelente", "Bueno", "Regular", "Malo"];
        var q = new SurveyQuestion
        {
            Id = 1, Text = text, Type = SurveyQuestionType.SeleccionUnica,
            Options = labels.Select((l, i) => new SurveyOption { Id = 10 + i, Label = l, Order = i }).ToList(),
        };
        var responses = new List<SurveyResponse>();
        for (var o = 0; o < counts.Length; o++)
        {
            for (var i = 0; i < counts[o]; i++)
            {
                responses.Add(new SurveyResponse { Answers = [new SurveyAnswer { SurveyQuestionId = 1, SurveyOptionId = 10 + o }] });
            }
        }
        responses.Add(new SurveyResponse()); // someone who skipped it
        return (q, responses);
    }

    [Fact]
    public void A_rating_question_gets_the_seed_sentence()
    {
        var (q, responses) = Rated("¿Cómo califica la actividad de Rendición de Cuentas de éste organismo?", 22, 5);
        var r = SurveyResults.Compute(q, responses);

        Assert.Equal(27, r.Respondents);
        Assert.Equal(1, r.Unanswered);
        Assert.Equal("El 81,5 % de los encuestados calificó la actividad de Rendición de Cuentas de éste organismo como Excelente y el 18,5 % como Bueno.", r.Sentence);
        Assert.Null(r.Options.Note);
    }

    [Fact]
    public void Other_questions_quote_the_options_and_list_up_to_four()
    {
        var (q, responses) = Rated("¿La información fue útil?", 1, 1, 1);
        var r = SurveyResults.Compute(q, responses);

        Assert.Equal("El 33,3 % de los encuestados respondió «Excelente», el 33,3 %, «Bueno» y el 33,3 %, «Regular».", r.Sentence);
        Assert.Contains("99,9 %", r.Options.Note);
    }

    [Fact]
    public void Free_text_answers_are_listed_and_blank_ones_do_not_count()
    {
        var q = new SurveyQuestion { Id = 2, Text = "¿Qué tema le gustaría?", Type = SurveyQuestionType.TextoCorto };
        var responses = new List<SurveyResponse>
        {
            new() { Answers = [new SurveyAnswer { SurveyQuestionId = 2, Text = " Presupuestos " }] },
            new() { Answers = [new SurveyAnswer { SurveyQuestionId = 2, Text = "   " }] },
            new() { Answers = [new SurveyAnswer { SurveyQuestionId = 2, Text = "Empleabilidad" }] },
        };
        var r = SurveyResults.Compute(q, responses);

        Assert.Equal(2, r.Respondents);
        Assert.Equal(1, r.Unanswered);
        Assert.Equal(["Presupuestos", "Empleabilidad"], r.Texts);
        Assert.Equal("2 personas escribieron una respuesta.", r.Sentence);
    }

    [Fact]
    public void Typed_scale_values_become_options_in_numeric_order()
    {
        var q = new SurveyQuestion { Id = 3, Text = "Califique de 1 a 10", Type = SurveyQuestionType.Escala };
        var responses = new[] { "10", "9", "10", "2" }
            .Select(v => new SurveyResponse { Answers = [new SurveyAnswer { SurveyQuestionId = 3, Text = v }] }).ToList();
        var r = SurveyResults.Compute(q, responses);

        Assert.Equal(["2", "9", "10"], r.Options.Rows.Select(o => o.Label));
        Assert.Equal([25.0m, 25.0m, 50.0m], r.Options.Rows.Select(o => o.Percent));
    }
}
