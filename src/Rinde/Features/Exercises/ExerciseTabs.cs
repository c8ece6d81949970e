namespace Rinde.Features.Exercises;

/// <summary>A part of the exercise in the tab navigation; Path is relative to /staff/ejercicios/{id}.</summary>
public sealed record ExerciseTab(string Key, string Label, string Path, IReadOnlyList<ExerciseTab>? Pages = null);

/// <summary>The exercise's parts in the acta's order, and the entity's setup pages.</summary>
public static class ExerciseTabs
{
    public static readonly IReadOnlyList<ExerciseTab> All =
    [
        new("datos", "Datos generales", "",
            [new("datos", "Datos generales", ""), new("datos-portal", "Publicación en el portal", "/portal")]),
        new("participantes", "Participantes", "/participantes"),
        new("temas", "Temas", "/temas"),
        new("cronograma", "Cronograma", "/cronograma"),
        new("convocatoria", "Convocatoria", "/convocatoria"),
        new("audiencia", "Evento y audiencia", "/audiencia"),
        new("informe", "Información reportada", "/informe"),
        new("preguntas", "Preguntas", "/preguntas",
            [new("preguntas", "Preguntas recibidas", "/preguntas"), new("preguntas-temas", "Temas de las preguntas", "/preguntas/temas"),
             new("preguntas-mesa", "Mesa de preguntas en vivo", "/mesa"), new("preguntas-registrar", "Registrar de otros canales", "/mesa/registrar")]),
        new("encuesta", "Encuesta", "/encuesta",
            [new("encuesta", "Preguntas de la encuesta", "/encuesta"), new("encuesta-formulario", "Formulario público", "/encuesta/formulario"),
             new("encuesta-respuestas", "Respuestas", "/encuesta/respuestas"), new("encuesta-resultados", "Resultados", "/encuesta/resultados")]),
        new("autoevaluacion", "Autoevaluación", "/autoevaluacion",
            [new("autoevaluacion", "Narrativa y matriz DOFA", "/autoevaluacion"), new("autoevaluacion-estrategias", "Estrategias", "/autoevaluacion/estrategias")]),
        new("compromisos", "Compromisos", "/compromisos"),
        new("acta", "Acta", "/acta",
            [new("acta", "Textos, firmas y descargas", "/acta"), new("acta-anexos", "Anexos", "/acta/anexos"),
             new("acta-estado", "Estado, versiones e historial", "/acta/estado")]),
    ];

    /// <summary>Absolute paths: the setup pages are not under an exercise.</summary>
    public static readonly IReadOnlyList<ExerciseTab> Setup =
    [
        new("dependencias", "Dependencias", "/staff/dependencias"),
        new("formatos", "Formatos del acta", "/staff/formatos"),
        new("territorios", "Comunas y corregimientos", "/staff/territorios"),
        new("usuarios", "Usuarios", "/staff/usuarios"),
        new("auditoria", "Auditoría", "/staff/auditoria"),
        new("correo", "Correo", "/staff/correo"),
    ];

    /// <summary>The tab a page belongs to: its own key, or the tab that lists it among its pages.</summary>
    public static bool Holds(ExerciseTab tab, string key) =>
        tab.Key == key || tab.Pages?.Any(p => p.Key == key) == true || key.StartsWith(tab.Key + "-", StringComparison.Ordinal);
}
