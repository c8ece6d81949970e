using Rinde.Features.Acta;
using Rinde.Features.Exercises;
using Rinde.Infrastructure;

namespace Rinde.Features.Questions.Intake;

/// <summary>
/// An exercise takes questions from its creation until the end of its dialogue's day in
/// Colombia (UTC−5, no daylight saving), unless staff closed the intake earlier or its acta is
/// already approved (frozen: the acta recorded the questions it got).
/// </summary>
public static class IntakeWindow
{
    public static bool IsOpen(ActaState status, DateOnly dialogueDate, DateTime? closedAtUtc, DateTimeOffset now)
    {
        if (status.IsFrozen())
        {
            return false;
        }
        if (now >= EndOfDay(dialogueDate))
        {
            return false;
        }
        return closedAtUtc is null || now.UtcDateTime < DateTime.SpecifyKind(closedAtUtc.Value, DateTimeKind.Utc);
    }

    // The last representable day has no "next midnight": it ends at the end of time.
    private static DateTimeOffset EndOfDay(DateOnly dialogueDate) => dialogueDate == DateOnly.MaxValue
        ? DateTimeOffset.MaxValue : new(dialogueDate.AddDays(1).ToDateTime(TimeOnly.MinValue), ColombiaTime.Offset);

    /// <summary>
    /// Why a close time staff set makes no sense, or null: the intake cannot close before the
    /// exercise existed (minutes, as staff type it) nor after its dialogue's day, when it closes
    /// anyway. An exercise recorded after its dialogue (an import of history) closed its intake
    /// elsewhere, before it existed here: only the day's end applies to it. The page and the
    /// API ask this.
    /// </summary>
    public static string? CloseProblem(DateTime? closeUtc, DateTime createdUtc, DateOnly dialogueDate)
    {
        if (closeUtc is not DateTime close)
        {
            return null;
        }
        close = DateTime.SpecifyKind(close, DateTimeKind.Utc);
        var created = DateTime.SpecifyKind(createdUtc, DateTimeKind.Utc);
        var heldBefore = dialogueDate < DateOnly.FromDateTime(ColombiaTime.FromUtc(created));
        if (!heldBefore && close < created.AddTicks(-(created.Ticks % TimeSpan.TicksPerMinute)))
        {
            return $"El cierre de la recepción de preguntas no puede ser anterior a la creación del ejercicio ({ColombiaTime.Show(created)}).";
        }
        if (close > EndOfDay(dialogueDate).UtcDateTime)
        {
            return $"El cierre de la recepción de preguntas no puede ser posterior al día del diálogo (el {Infrastructure.EsCo.ShortDate(dialogueDate)} hasta las 23:59).";
        }
        return null;
    }
}
