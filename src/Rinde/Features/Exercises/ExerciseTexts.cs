
namespace Rinde.Features.Exercises;

/// <summary>A text of the exercise that a part's page edits beside its list (mostly Markdown narratives).</summary>
public sealed record ExerciseText(
    string Key, string Label, Func<Exercise, string> Get, Action<Exercise, string> Set,
    string Hint = ExerciseTexts.MarkdownHint, bool Multiline = true)
{
    public string FieldName => "texto." + Key;
    public string FieldId => "texto-" + Key;
}

public static class ExerciseTexts
{
    public const string MarkdownHint =
        "Texto en Markdown: deje una línea en blanco entre párrafos; **negrita**, *cursiva*, listas con «-» y enlaces [texto](https://…).";

    public static readonly ExerciseText TopicsIntro = new("TopicsIntro", "Introducción a los temas (punto 1)",
        e => e.Narratives.TopicsIntro, (e, v) => e.Narratives.TopicsIntro = v);
    public static readonly ExerciseText ConvocationIntro = new("ConvocationIntro", "Introducción a la convocatoria (punto 2)",
        e => e.Narratives.ConvocationIntro, (e, v) => e.Narratives.ConvocationIntro = v);
    public static readonly ExerciseText EventSource = new("EventSource", "Fuente de las cifras del evento",
        e => e.EventSource, (e, v) => e.EventSource = v, "Se imprime como «Fuente: …», p. ej. «Facebook Live, Alcaldía de Cali».", false);
    public static readonly ExerciseText ReportIntro = new("ReportIntro", "Introducción a la información reportada (punto 5)",
        e => e.Narratives.ReportIntro, (e, v) => e.Narratives.ReportIntro = v);
    public static readonly ExerciseText QuestionsIntro = new("QuestionsIntro", "Introducción a las preguntas recibidas (punto 6)",
        e => e.Narratives.QuestionsIntro, (e, v) => e.Narratives.QuestionsIntro = v);
    public static readonly ExerciseText QuestionsAnalysis = new("QuestionsAnalysis", "Comentario al análisis de las preguntas (punto 7)",
        e => e.Narratives.QuestionsAnalysis, (e, v) => e.Narratives.QuestionsAnalysis = v);
    public static readonly ExerciseText SurveyIntro = new("SurveyIntro", "Introducción a la encuesta (punto 8)",
        e => e.Narratives.SurveyIntro, (e, v) => e.Narratives.SurveyIntro = v);
    public static readonly ExerciseText SurveyConclusion = new("SurveyConclusion", "Conclusión de la encuesta",
        e => e.Narratives.SurveyConclusion, (e, v) => e.Narratives.SurveyConclusion = v);
    public static readonly ExerciseText SelfAssessment = new("SelfAssessment", "Autoevaluación del equipo (punto 9)",
        e => e.Narratives.SelfAssessment, (e, v) => e.Narratives.SelfAssessment = v);
    public static readonly ExerciseText DofaConclusion = new("DofaConclusion", "Texto después de la matriz DOFA",
        e => e.Narratives.DofaConclusion, (e, v) => e.Narratives.DofaConclusion = v);
    public static readonly ExerciseText Lessons = new("Lessons", "Lecciones para el próximo ejercicio",
        e => e.Narratives.Lessons, (e, v) => e.Narratives.Lessons = v);
    public static readonly ExerciseText Responsibility = new("Responsibility", "Responsabilidad",
        e => e.Narratives.Responsibility, (e, v) => e.Narratives.Responsibility = v,
        "Si lo deja vacío, el acta lo redacta con las preguntas y compromisos pendientes. " + MarkdownHint);
    public static readonly ExerciseText GeneralObservations = new("GeneralObservations", "Observaciones generales",
        e => e.Narratives.GeneralObservations, (e, v) => e.Narratives.GeneralObservations = v);
    public static readonly ExerciseText AnnexNote = new("AnnexNote", "Nota antes de «Elaboró»",
        e => e.Narratives.AnnexNote, (e, v) => e.Narratives.AnnexNote = v,
        "P. ej. los folios de la lista de asistencia. " + MarkdownHint);
    public static readonly ExerciseText PreparedBy = new("PreparedBy", "Elaboró",
        e => e.PreparedBy, (e, v) => e.PreparedBy = v, "Nombre y cargo de quien elaboró el acta.", false);
    public static readonly ExerciseText ReviewedBy = new("ReviewedBy", "Revisó",
        e => e.ReviewedBy, (e, v) => e.ReviewedBy = v, "Nombre y cargo de quien revisó el acta.", false);
}
