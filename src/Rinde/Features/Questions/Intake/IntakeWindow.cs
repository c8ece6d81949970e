namespace Rinde.Features.Questions.Intake;

/// <summary>
/// An exercise takes questions from its creation until the end of its dialogue's day in
/// Colombia (UTC−5, no daylight saving), unless staff closed the intake earlier.
/// </summary>
public static class IntakeWindow
{
    private static readonly TimeSpan Colombia = TimeSpan.FromHours(-5);

    public static bool IsOpen(DateOnly dialogueDate, DateTime? closedAtUtc, DateTimeOffset now)
    {
        var endOfDay = new DateTimeOffset(dialogueDate.AddDays(1).ToDateTime(TimeOnly.MinValue), Colombia);
        if (now >= endOfDay)
        {
            return false;
        }
        return closedAtUtc is null || now.UtcDateTime < DateTime.SpecifyKind(closedAtUtc.Value, DateTimeKind.Utc);
    }
}
