using Rinde.Features.Exercises;
using Rinde.Features.Questions;
using Rinde.Features.Reporting;
using Rinde.Infrastructure;

namespace Rinde.Features.Acta.Model;

/// <summary>Small Spanish texts of the acta that are derived from single values.</summary>
public static class ActaTexts
{
    public const string NotApplicable = "N.A";

    /// <summary>The agenda (orden del día) of the quality-system format, as in the seed.</summary>
    public static readonly IReadOnlyList<string> Agenda =
    [
        "Temas de la actividad de Rendición de Cuentas.",
        "Medio y fecha de la convocatoria.",
        "Fecha y lugar de la actividad.",
        "Número de asistentes.",
        "Información divulgada en la Rendición de Cuentas.",
        "Propuestas, observaciones o peticiones recibidas durante el evento.",
        "Análisis de las propuestas o peticiones recibidas.",
        "Análisis de encuestas de evaluación aplicadas.",
        "Autoevaluación.",
    ];

    /// <summary>The headings of the development (DESARROLLO), item by item, as in the seed.</summary>
    public static readonly IReadOnlyList<string> DevelopmentTitles =
    [
        "1. Tema(s) de la actividad de Rendición de Cuentas",
        "2. Medio y fecha de la convocatoria",
        "3. Fecha y lugar de la actividad",
        "4. Número de asistentes",
        "5. Información divulgada en la Rendición de Cuentas",
        "6. Propuestas, observaciones o peticiones recibidas durante el evento",
        "7. Análisis de las propuestas o peticiones recibidas para definir los compromisos",
        "8. Análisis de las encuestas de evaluación aplicadas",
        "9. Autoevaluación",
    ];

    public const string PublicNote =
        "Versión pública: los nombres de los ciudadanos que no autorizaron su publicación se reemplazaron por «Ciudadano(a)» (Ley 1581 de 2012).";

    public static string Upper(string text) => text.ToUpper(EsCo.Culture);

    /// <summary>The name the acta may print for a citizen in this rendering. The public acta names people as the portal does; the internal one as they wrote it.</summary>
    public static string Asker(CitizenQuestion q, ActaRendering rendering) =>
        rendering == ActaRendering.Publica ? PublicQuestions.PublicName(q)
        : q.Anonymous || string.IsNullOrWhiteSpace(q.CitizenName) ? "Anónimo" : q.CitizenName.Trim();

    public static string Figure(ReportFigure f) => f.Unit switch
    {
        FigureUnit.Pesos => EsCo.Money(f.Value),
        FigureUnit.Porcentaje => EsCo.Percent(f.Value),
        FigureUnit.Personas => EsCo.Number(f.Value) + (f.Value == 1 ? " persona" : " personas"),
        FigureUnit.Dias => EsCo.Number(f.Value) + (f.Value == 1 ? " día" : " días"),
        _ => EsCo.Number(f.Value),
    };

    public static string Modality(Exercise e) => e.ModalityDetail is { Length: > 0 } detail ? detail : e.Modality switch
    {
        Exercises.Modality.Presencial => "Presencial",
        Exercises.Modality.Mixta => "Mixta (presencial y virtual)",
        _ => "Virtual",
    };

    public static string Accessibility(Exercise e)
    {
        var text = (e.SignLanguageInterpreter, e.Subtitles) switch
        {
            (true, true) => "Con intérprete de lengua de señas y subtítulos.",
            (true, false) => "Con intérprete de lengua de señas; sin subtítulos.",
            (false, true) => "Con subtítulos; sin intérprete de lengua de señas.",
            _ => "Sin intérprete de lengua de señas ni subtítulos.",
        };
        return e.AccessibilityNotes is { Length: > 0 } notes ? $"{text} {notes.Trim()}" : text;
    }

    public static AudienceLine Audience(AudienceFigure f)
    {
        var n = $"({EsCo.Count(f.Value)})";
        var sentence = f.Metric switch
        {
            AudienceMetric.AsistentesPresenciales => $"El número de asistentes presenciales fue de {n} personas.",
            AudienceMetric.EspectadoresMaximosEnVivo => $"El número máximo de espectadores en vivo fue de {n} personas.",
            AudienceMetric.Reproducciones => $"La transmisión tuvo {n} reproducciones.",
            AudienceMetric.Reacciones => $"La transmisión recibió {n} reacciones.",
            AudienceMetric.Comentarios => $"La transmisión recibió {n} comentarios.",
            AudienceMetric.VecesCompartido => $"La transmisión se compartió {n} veces.",
            _ => $"{f.Metric}: {n}.",
        };
        return new AudienceLine(sentence, f.Source);
    }

    /// <summary>"Nhora Mondragón - Secretaria de Gobierno, ..." or N.A.</summary>
    public static string People(IEnumerable<Participant> people)
    {
        var lines = people.Select(p => string.IsNullOrWhiteSpace(p.Position) ? p.Name : $"{p.Name} - {p.Position}").ToList();
        return lines.Count == 0 ? NotApplicable : string.Join(", ", lines);
    }

    public static IReadOnlyList<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Persons(int n) => n == 1 ? "una persona" : $"{EsCo.Count(n)} personas";

    /// <summary>Under each survey question: who answered it and who left it blank.</summary>
    public static string SurveyRespondents(int respondents, int unanswered)
    {
        var who = $"Respondieron esta pregunta {Persons(respondents)}";
        return unanswered > 0 ? $"{who}; {EsCo.Count(unanswered)} la dejaron sin responder." : who + ".";
    }

    /// <summary>The source line under a survey question's table.</summary>
    public static string SurveySource(int responses) => $"Encuesta de evaluación ({EsCo.Count(responses)} respuestas).";
}
