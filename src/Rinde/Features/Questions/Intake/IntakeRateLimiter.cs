using System.Net;
using System.Threading.RateLimiting;

namespace Rinde.Features.Questions.Intake;

/// <summary>
/// Limits how fast one sender (remote address) may send questions, for the API and the
/// portal's form alike: a person asks a few questions a minute, a script many.
/// </summary>
public sealed class IntakeRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public IntakeRateLimiter(IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("Intake:PermitsPerMinute", 10);
        _limiter = PartitionedRateLimiter.Create<string, string>(sender => RateLimitPartition.GetTokenBucketLimiter(sender,
            _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = perMinute,
                TokensPerPeriod = perMinute,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    /// <summary>Null when the sender may go on; else how long to wait.</summary>
    public TimeSpan? TryAcquire(IPAddress? sender)
    {
        using var lease = _limiter.AttemptAcquire(sender?.ToString() ?? "desconocido");
        if (lease.IsAcquired)
        {
            return null;
        }
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var after) && after > TimeSpan.Zero ? after : TimeSpan.FromSeconds(60);
    }

    public const string TooFast = "Ha enviado demasiadas preguntas en poco tiempo. Espere un momento e intente de nuevo.";

    public void Dispose() => _limiter.Dispose();
}
