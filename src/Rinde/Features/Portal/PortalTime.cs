namespace Rinde.Features.Portal;

/// <summary>Dates as Colombia lives them (UTC−5 all year).</summary>
public static class PortalTime
{
    public static TimeSpan Offset => TimeSpan.FromHours(-5);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
}
