namespace Rinde.Infrastructure;

/// <summary>
/// Staff type dates and times as the clock on the wall in Colombia; the database keeps UTC
/// (PostgreSQL refuses local times in timestamptz). Colombia is UTC−5 all year: it has had
/// no daylight saving time since 1993, so a fixed offset is exact and needs no tz database.
/// </summary>
public static class ColombiaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(-5);

    /// <summary>Today's date in Colombia.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);

    public static DateTime ToUtc(DateTime local) => DateTime.SpecifyKind(local - Offset, DateTimeKind.Utc);

    public static DateTime? ToUtc(DateTime? local) => local is DateTime l ? ToUtc(l) : null;

    public static DateTime FromUtc(DateTime utc) => DateTime.SpecifyKind(utc + Offset, DateTimeKind.Unspecified);

    public static DateTime? FromUtc(DateTime? utc) => utc is DateTime u ? FromUtc(u) : null;

    /// <summary>17/nov/2021 09:30.</summary>
    public static string Show(DateTime utc)
    {
        var local = FromUtc(utc);
        return $"{Infrastructure.EsCo.ShortDate(DateOnly.FromDateTime(local))} {local:HH:mm}";
    }
}
