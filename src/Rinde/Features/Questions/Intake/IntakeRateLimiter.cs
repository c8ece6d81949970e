using System.Net;
using Rinde.Infrastructure;

namespace Rinde.Features.Questions.Intake;

/// <summary>
/// Limits how fast one sender (remote address) may send questions, for the API and the
/// portal's form alike: a person asks a few questions a minute, a script many. Counted in the
/// database per one-minute window (<see cref="RateCounters"/>), so the limit holds across every
/// node of a PostgreSQL deployment and behaves the same on one SQLite node.
/// </summary>
public sealed class IntakeRateLimiter(RateCounters counters, IConfiguration configuration)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private int PerMinute => configuration.GetValue("Intake:PermitsPerMinute", 10);

    /// <summary>Null when the sender may go on; else how long to wait.</summary>
    public async Task<TimeSpan?> TryAcquireAsync(IPAddress? sender, CancellationToken ct)
    {
        var count = await counters.HitAsync("questions", sender?.ToString() ?? "desconocido", Window, ct);
        return count.Count <= PerMinute ? null : count.RetryAfter > TimeSpan.Zero ? count.RetryAfter : TimeSpan.FromSeconds(1);
    }

    public const string TooFast = "Ha enviado demasiadas preguntas en poco tiempo. Espere un momento e intente de nuevo.";
}
