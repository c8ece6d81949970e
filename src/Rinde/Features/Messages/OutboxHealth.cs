using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Rinde.Data;
using Rinde.Infrastructure;

namespace Rinde.Features.Messages;

/// <summary>
/// A node whose outbox piles up is not ready: messages that should have left long ago mean the
/// SMTP server or the sender is stuck. The backlog is also a gauge for the collector.
/// </summary>
internal sealed class OutboxHealth(RindeDbContext db, IOptions<OutboxOptions> options, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var backlog = await OverdueAsync(db, clock, cancellationToken);
        var limit = options.Value.ReadyBacklog;
        return backlog <= limit
            ? HealthCheckResult.Healthy($"{backlog} mensajes atrasados en la bandeja de salida.")
            : HealthCheckResult.Unhealthy($"{backlog} mensajes atrasados en la bandeja de salida (el límite es {limit}).");
    }

    /// <summary>Pending messages whose time to leave has passed.</summary>
    public static Task<int> OverdueAsync(RindeDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Set<OutboxMessage>().CountAsync(m => m.State == OutboxState.Pendiente && m.NextAttemptAt <= now, ct);
    }

    public static void Register(IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<OutboxHealth>("bandejaDeSalida", tags: [Health.ReadyTag]);
        services.AddHostedService<BacklogGauge>();
    }

    /// <summary>Publishes the backlog as rinde.outbox.backlog, read when a collector asks.</summary>
    private sealed class BacklogGauge(IServiceScopeFactory scopes, TimeProvider clock) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            Telemetry.Gauge("rinde.outbox.backlog", "{mensaje}", "Mensajes atrasados en la bandeja de salida", () =>
            {
                try
                {
                    using var scope = scopes.CreateScope();
                    return OverdueAsync(scope.ServiceProvider.GetRequiredService<RindeDbContext>(), clock, CancellationToken.None).GetAwaiter().GetResult();
                }
                catch (Exception ex) when (ex is ObjectDisposedException or System.Data.Common.DbException or InvalidOperationException)
                {
                    return null;
                }
            });
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
