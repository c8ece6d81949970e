using Rinde.Features.Survey.Territories;
using static Rinde.Features.Survey.Questionnaire.SurveyQuestionType;

namespace Rinde.Features.Survey.Questionnaire.Template;

/// <summary>
/// The standard evaluation questionnaire: the questions of the seed acta's section 8 (its
/// Google Forms survey) with the options that survey offered. The comuna question takes the
/// municipality's territories as they are today, copied into options: a later edit of the
/// list does not change a past survey.
/// </summary>
public static class SurveyTemplate
{
    public const string General = "INFORMACIÓN GENERAL";
    public const string Evaluation = "EVALUACIÓN DE LA ACTIVIDAD";

    private static readonly string[] YesNo = ["Sí", "No"];
    private static readonly string[] Rating = ["Excelente", "Bueno", "Regular", "Deficiente"];

    private sealed record Item(string Section, string Text, SurveyQuestionType Type, params string[] Options);

    private static readonly Item[] Items =
    [
        new(General, "Rango de edad", SeleccionUnica, "18 a 25 años", "26 a 39 años", "40 a 59 años", "60 años o más"),
        new(General, "Seleccione la comuna o corregimiento donde reside", Comuna),
        new(General, "Género", SeleccionUnica, "Hombre", "Mujer"),
        new(General, "Indique su nivel de escolaridad", SeleccionUnica,
            "Preescolar", "Básica Primaria", "Básica Secundaria", "Media Académica o Clásica", "Media Técnica", "Normalista",
            "Técnica Profesional", "Tecnológica", "Profesional", "Especialización", "Maestría", "Doctorado"),
        new(General, "¿Pertenece a un grupo poblacional, comunitario o social?", SeleccionUnica, YesNo),
        new(Evaluation, "¿Cómo se enteró de la realización de la actividad de la Rendición de Cuentas?", SeleccionUnica,
            "Publicación en la Web", "Invitación Directa", "Redes sociales", "Correo electrónico", "WhatsApp"),
        new(Evaluation, "¿La explicación sobre el procedimiento de las intervenciones en la actividad de Rendición de Cuentas fue?", SeleccionUnica,
            "Clara, oportuna, confiable", "Confusa, improvisada, poco entendible"),
        new(Evaluation, "Explique las razones de su respuesta sobre la explicación del procedimiento", TextoLargo),
        new(Evaluation, "La oportunidad para que los asistentes inscritos opinen durante la actividad de Rendición de Cuentas fue:", SeleccionUnica,
            "Adecuada", "Insuficiente"),
        new(Evaluation, "¿La información presentada en la actividad de Rendición de Cuentas respondió a sus intereses?", SeleccionUnica, YesNo),
        new(Evaluation, "¿La actividad de Rendición de Cuentas dio a conocer los resultados de la gestión de la entidad?", SeleccionUnica, YesNo),
        new(Evaluation, "Explique las razones de su respuesta sobre los resultados de la gestión", TextoLargo),
        new(Evaluation, "¿La Entidad publicó previamente la información tratada en esta actividad de Rendición de cuentas?", SeleccionUnica, YesNo),
        new(Evaluation, "Indíquenos, si su respuesta es afirmativa, a través de qué medio", SeleccionMultiple,
            "Redes sociales (Facebook, Instagram)", "Página web de la entidad", "Correo electrónico"),
        new(Evaluation, "¿Cómo califica la actividad de Rendición de Cuentas de este organismo?", SeleccionUnica, Rating),
        new(Evaluation, "De acuerdo con la información de Rendición de cuentas presentada por la Entidad, ¿cómo califica la gestión?", SeleccionUnica, Rating),
        new(Evaluation, "¿Volvería a participar en otra actividad de Rendición de cuentas de esta entidad?", SeleccionUnica, YesNo),
        new(Evaluation, "Explique las razones de su respuesta sobre volver a participar", TextoLargo),
        new(Evaluation, "¿Qué tema de su interés le gustaría ver sobre la gestión de la entidad en una próxima actividad de Rendición de Cuentas?", TextoLargo),
    ];

    /// <summary>The template's questions for an exercise, numbered 1..n, with the territories as the comuna question's options.</summary>
    public static List<SurveyQuestion> Create(int exerciseId, IEnumerable<Territory> territories)
    {
        var places = territories.Select(Municipalities.Label).ToArray();
        return [.. Items.Select((item, i) => new SurveyQuestion
        {
            ExerciseId = exerciseId,
            Order = i + 1,
            Section = item.Section,
            Text = item.Text,
            Type = item.Type,
            Options = [.. (item.Type == Comuna ? places : item.Options).Select((label, j) => new SurveyOption { Label = label, Order = j + 1 })],
        })];
    }
}
