using Rinde.Infrastructure;

namespace Rinde.Features.Questions;

/// <summary>
/// The two legal steps a petition may take instead of an answer in its term. An extension
/// (Ley 1755 de 2015, art. 14, parágrafo) is announced before the deadline with its reason and
/// the new date, which may not go beyond twice the original term, counted in días hábiles after
/// the original deadline. A transfer to the competent entity (art. 21) happens within 5 días
/// hábiles of receipt. Each applies the change or says, in Spanish, why not.
/// </summary>
public static class LegalTrail
{
    public const int TransferBusinessDays = 5;

    /// <summary>The latest date an extension may set.</summary>
    public static DateOnly? LatestExtension(CitizenQuestion q) =>
        (q.OriginalDeadline ?? q.Deadline) is DateOnly original
            ? ColombianCalendar.AddBusinessDays(original, 2 * QuestionDeadlines.TermInBusinessDays(q.Type))
            : null;

    /// <summary>The last day a transfer is on time.</summary>
    public static DateOnly TransferLimit(CitizenQuestion q) =>
        ColombianCalendar.AddBusinessDays(ColombiaDate(q.ReceivedAt), TransferBusinessDays);

    public static string? Extend(CitizenQuestion q, DateOnly newDeadline, string reason, DateOnly today, DateTime now)
    {
        if (Closed(q) is string closed)
        {
            return closed;
        }
        if (q.Deadline is not DateOnly deadline)
        {
            return "La pregunta no tiene plazo legal que prorrogar.";
        }
        if (q.OriginalDeadline is not null)
        {
            return $"La pregunta ya se prorrogó hasta el {EsCo.LongDate(deadline)}; la ley permite una sola prórroga.";
        }
        if (today > deadline)
        {
            return $"El plazo venció el {EsCo.LongDate(deadline)}: la prórroga debe informarse antes del vencimiento.";
        }
        if (newDeadline <= deadline)
        {
            return $"La nueva fecha debe ser posterior al plazo actual ({EsCo.LongDate(deadline)}).";
        }
        if (!ColombianCalendar.IsBusinessDay(newDeadline))
        {
            return $"El {EsCo.LongDate(newDeadline)} no es día hábil.";
        }
        var latest = LatestExtension(q)!.Value;
        if (newDeadline > latest)
        {
            return $"La prórroga no puede pasar del doble del término inicial ({2 * QuestionDeadlines.TermInBusinessDays(q.Type)} días hábiles): " +
                $"la fecha máxima es el {EsCo.LongDate(latest)}.";
        }
        q.OriginalDeadline = deadline;
        q.Deadline = newDeadline;
        q.ExtensionReason = reason.Trim();
        q.ExtendedAt = now;
        return null;
    }

    public static string? Transfer(CitizenQuestion q, string entity, string reason, DateOnly today, DateTime now)
    {
        if (Closed(q) is string closed)
        {
            return closed;
        }
        var limit = TransferLimit(q);
        if (today > limit)
        {
            return $"El traslado debía hacerse dentro de los {TransferBusinessDays} días hábiles siguientes al recibo, " +
                $"a más tardar el {EsCo.LongDate(limit)}.";
        }
        q.TransferredTo = entity.Trim();
        q.TransferReason = reason.Trim();
        q.TransferredAt = now;
        return null;
    }

    private static string? Closed(CitizenQuestion q) =>
        q.Answer is not null ? "La pregunta ya tiene respuesta."
        : q.TransferredTo is not null ? $"La pregunta ya se trasladó a {q.TransferredTo}."
        : q.MergedIntoId is not null ? "La pregunta es duplicada de otra: el trámite es el de esa otra."
        : null;

    private static DateOnly ColombiaDate(DateTime utc) => DateOnly.FromDateTime(ColombiaTime.FromUtc(utc));
}

/// <summary>How the acta, the deadlines list and the follow page word an extension or a transfer.</summary>
public static class LegalTrailText
{
    /// <summary>Lower-case sentence, or null when the question took neither step.</summary>
    public static string? Of(CitizenQuestion q) =>
        q.TransferredTo is string entity
            ? $"trasladada por competencia a {entity} (Ley 1755 de 2015, art. 21)."
            : q.OriginalDeadline is DateOnly original && q.Deadline is DateOnly extended
                ? $"plazo prorrogado del {EsCo.ShortDate(original)} al {EsCo.ShortDate(extended)} (Ley 1755 de 2015, art. 14)."
                : null;
}
