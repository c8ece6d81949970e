using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using Rinde.Infrastructure;

namespace Rinde.Features.Questions.Intake;

/// <summary>How fast citizens may send questions (section <c>Intake</c>).</summary>
public sealed class IntakeOptions
{
    /// <summary>Questions a minute from one device (or, without the form's device cookie, from one address).</summary>
    [Range(1, int.MaxValue)]
    public int PermitsPerMinute { get; set; } = 10;

    /// <summary>
    /// Questions a minute from one address, whatever the devices behind it: 300 lets an auditorium
    /// of 200 people behind one address ask at once. Never below <see cref="PermitsPerMinute"/>.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int AddressPermitsPerMinute { get; set; } = 300;
}

/// <summary>
/// Limits how fast one sender may send questions, for the API and the portal's form alike: a
/// person asks a few questions a minute, a script many. Each device (<see cref="IntakeDevices"/>)
/// has its own budget within a wider budget of its address; a sender without the device cookie
/// is counted by its address alone with a device's budget. Counted in the database per one-minute
/// window (<see cref="RateCounters"/>), so the limits hold across every node of a PostgreSQL
/// deployment and behave the same on one SQLite node.
/// </summary>
public sealed class IntakeRateLimiter(RateCounters counters, IOptions<IntakeOptions> options)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>Null when the sender may go on; else how long to wait.</summary>
    public async Task<TimeSpan?> TryAcquireAsync(IntakeSender sender, CancellationToken ct)
    {
        var limits = options.Value;
        var address = sender.Address?.ToString() ?? "desconocido";
        var device = await counters.HitAsync("questions", sender.Device is { } id ? "dispositivo:" + id : address, Window, ct);
        if (device.Count > limits.PermitsPerMinute)
        {
            return Wait(device);
        }
        var everyone = await counters.HitAsync("questions-address", address, Window, ct);
        return everyone.Count <= Math.Max(limits.AddressPermitsPerMinute, limits.PermitsPerMinute) ? null : Wait(everyone);
    }

    private static TimeSpan Wait(RateCount count) => count.RetryAfter > TimeSpan.Zero ? count.RetryAfter : TimeSpan.FromSeconds(1);

    public const string TooFast = "Ha enviado demasiadas preguntas en poco tiempo. Espere un momento e intente de nuevo.";
}
