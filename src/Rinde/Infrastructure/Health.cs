using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Rinde.Data;

namespace Rinde.Infrastructure;

/// <summary>
/// Probes for a load balancer or an orchestrator: live says the process answers; ready says this
/// node can serve (database reachable with every migration applied, data directory writable,
/// and whatever a feature adds with the "ready" tag).
/// </summary>
public static class Health
{
    public const string ReadyTag = "ready";

    public sealed record Check(string Name, string Status, string? Description);

    public sealed record Report(string Status, IReadOnlyList<Check> Checks);

    public static IServiceCollection AddRindeHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseReady>("baseDeDatos", tags: [ReadyTag])
            .AddCheck<DataDirectoryWritable>("directorioDeDatos", tags: [ReadyTag]);
        return services;
    }

    public static void MapRindeHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health/live", () => TypedResults.Ok(new Report("ok", []))).AllowAnonymous();
        app.MapGet("/health/ready", ReadyAsync).AllowAnonymous();
    }

    private static async Task<JsonHttpResult<Report>> ReadyAsync(HealthCheckService health, CancellationToken cancel)
    {
        var report = await health.CheckHealthAsync(c => c.Tags.Contains(ReadyTag), cancel);
        var healthy = report.Status == HealthStatus.Healthy;
        var checks = report.Entries.Select(e => new Check(e.Key, e.Value.Status == HealthStatus.Healthy ? "ok" : "fallo", e.Value.Description)).ToList();
        return TypedResults.Json(new Report(healthy ? "ok" : "fallo", checks),
            statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    private sealed class DatabaseReady(RindeDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
                return pending == 0
                    ? HealthCheckResult.Healthy("La base de datos responde y tiene todas las migraciones.")
                    : HealthCheckResult.Unhealthy($"Faltan {pending} migraciones por aplicar.");
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
            {
                return HealthCheckResult.Unhealthy("La base de datos no responde.");
            }
        }
    }

    private sealed class DataDirectoryWritable(DataDirectory data) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var probe = Path.Combine(data.FilesPath, $".sonda-{Guid.NewGuid():N}");
            try
            {
                await File.WriteAllTextAsync(probe, "ok", cancellationToken);
                File.Delete(probe);
                return HealthCheckResult.Healthy("El directorio de datos admite escritura.");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return HealthCheckResult.Unhealthy("No se puede escribir en el directorio de datos.");
            }
        }
    }
}
