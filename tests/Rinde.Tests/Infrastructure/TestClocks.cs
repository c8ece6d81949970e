using Microsoft.Extensions.Time.Testing;

namespace Rinde.Tests.Infrastructure;

public static class TestClocks
{
    /// <summary>
    /// A clock standing still 20 s into the current minute: rate limits count per one-minute
    /// window, so a test that sends a burst never straddles two windows, however slow the machine.
    /// </summary>
    public static FakeTimeProvider InsideOneMinute()
    {
        var now = DateTimeOffset.UtcNow;
        return new FakeTimeProvider(new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 20, TimeSpan.Zero));
    }
}
