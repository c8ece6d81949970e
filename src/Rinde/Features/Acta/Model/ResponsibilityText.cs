using Rinde.Features.Commitments;
using Rinde.Features.Exercises;
using Rinde.Features.Survey.Results;
using Rinde.Infrastructure;

namespace Rinde.Features.Acta.Model;

/// <summary>RESPONSABILIDAD: the team's text, or one written from what is still owed to the attendees.</summary>
public static class ResponsibilityText
{
    public static string For(Exercise e, QuestionAnalysis a)
    {
        if (!string.IsNullOrWhiteSpace(e.Narratives.Responsibility))
        {
            return e.Narratives.Responsibility;
        }
        var text = (a.Total, a.Pending, a.AnsweredInWriting) switch
        {
            (0, _, _) => "No quedaron compromisos pendientes con los asistentes, dado que no se recibieron preguntas durante el espacio de diálogo.",
            (_, 0, 0) => $"No quedaron compromisos pendientes con los asistentes para dar respuesta a sus inquietudes, dado que el {EsCo.Percent(a.LivePercent)} de las preguntas fueron contestadas durante la transmisión.",
            (_, 0, _) => $"No quedaron compromisos pendientes con los asistentes para dar respuesta a sus inquietudes: el {EsCo.Percent(a.LivePercent)} de las preguntas se contestó durante la transmisión y el {EsCo.Percent(a.InWritingPercent)} por escrito.",
            _ => PendingText(e, a),
        };
        var owed = e.Commitments.Count(c => c.Origin == CommitmentOrigin.Pregunta && c.Status is CommitmentStatus.Pendiente or CommitmentStatus.EnCurso);
        if (owed > 0)
        {
            text += owed == 1
                ? " Además, queda un compromiso con los asistentes, registrado en las tareas y compromisos de esta acta."
                : $" Además, quedan {owed} compromisos con los asistentes, registrados en las tareas y compromisos de esta acta.";
        }
        return text;
    }

    private static string PendingText(Exercise e, QuestionAnalysis a)
    {
        var last = QuestionAnalysisBuilder.Counted(e).Where(q => !QuestionAnalysisBuilder.IsAnswered(q) && q.Deadline is not null)
            .Select(q => q.Deadline!.Value).DefaultIfEmpty().Max();
        var count = a.Pending == 1 ? "Quedó una pregunta pendiente" : $"Quedaron {EsCo.Count(a.Pending)} preguntas pendientes";
        var by = last == default ? "dentro de los plazos de la Ley 1755 de 2015" : $"a más tardar el {EsCo.ShortDate(last)}";
        return $"{count} de respuesta ({EsCo.Percent(Percentages.Of(a.Pending, a.Total))} del total), que la entidad contestará por escrito {by}; las respuestas se publicarán.";
    }
}
