using System.Diagnostics;

namespace Rinde.Tests.Hostile;

/// <summary>
/// What one request cost the process (the app runs in it): wall time, and the growth of the
/// resident set's peak over what it was before. On Linux the kernel's peak (VmHWM) is reset first
/// (/proc/self/clear_refs), so an earlier test's peak cannot hide this one's.
/// </summary>
public sealed class MemoryProbe
{
    public const long Budget = 512L * 1024 * 1024;

    private readonly long _resident;
    private readonly long _managed;
    private readonly Stopwatch _clock;

    private MemoryProbe()
    {
        _managed = GC.GetTotalMemory(forceFullCollection: true);
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        _resident = Status("VmRSS") ?? Environment.WorkingSet;
        _clock = Stopwatch.StartNew();
    }

    public static MemoryProbe Start() => new();

    /// <summary>Asserts the request took under 10 s and grew memory by less than 512 MB.</summary>
    public void AssertWithinBudget(string what)
    {
        var elapsed = _clock.Elapsed;
        var peak = Status("VmHWM") ?? Process.GetCurrentProcess().PeakWorkingSet64;
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"{what}: {elapsed.TotalSeconds:0.0} s");
        Assert.True(peak - _resident < Budget, $"{what}: the resident set grew by {(peak - _resident) >> 20} MB");
        Assert.True(managed - _managed < Budget, $"{what}: the managed heap kept {(managed - _managed) >> 20} MB");
    }

    /// <summary>A line of /proc/self/status in bytes (null where there is none).</summary>
    private static long? Status(string key)
    {
        if (!File.Exists("/proc/self/status")) return null;
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }
}
