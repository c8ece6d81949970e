using Rinde.Features.Survey;
using Rinde.Features.Survey.Import;
using Rinde.Features.Survey.Questionnaire;

namespace Rinde.Tests.Survey;

/// <summary>The type and options a new question gets from the answers in its column.</summary>
public sealed class TypeRecognitionTests
{
    [Theory]
    [InlineData(", ", new[] { "Radio, Prensa", "Radio", "Prensa, Radio, Vecinos", "Vecinos" }, SurveyQuestionType.SeleccionMultiple, "Radio|Prensa|Vecinos")]
    [InlineData(";", new[] { "Radio;Prensa;", "Radio;", "Prensa;Radio;Otro: un amigo;" }, SurveyQuestionType.SeleccionMultiple, "Radio|Prensa")]
    [InlineData(", ", new[] { "Sí, mucho", "No", "Sí, mucho", "Sí, algo", "No", "Sí, algo" }, SurveyQuestionType.SeleccionUnica, "Sí, mucho|No|Sí, algo")]
    [InlineData(", ", new[] { "5", "3", "4", "5", "" }, SurveyQuestionType.Escala, "1|2|3|4|5")]
    [InlineData(", ", new[] { "Bueno", "Malo", "Bueno", "Regular", "Bueno" }, SurveyQuestionType.SeleccionUnica, "Bueno|Malo|Regular")]
    [InlineData(", ", new[] { "Más parques", "Alumbrado en la 5", "Seguridad en el barrio", "Nada" }, SurveyQuestionType.TextoCorto, "")]
    public void Recognises_the_type_from_the_answers(string separator, string[] cells, SurveyQuestionType type, string options)
    {
        var profile = new ColumnProfile(separator);
        foreach (var cell in cells) profile.Add(cell);

        var (recognised, labels) = TypeRecognition.Recognise(profile);

        Assert.Equal(type, recognised);
        Assert.Equal(options, string.Join('|', labels));
    }
}
