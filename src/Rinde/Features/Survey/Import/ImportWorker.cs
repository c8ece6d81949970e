using Microsoft.Extensions.Options;
using Rinde.Data;
using Rinde.Infrastructure;

namespace Rinde.Features.Survey.Import;

/// <summary>
/// Takes queued imports (and those of a node that died) one after another, whichever node
/// queued them, so a large file never holds a request open and any node shows its progress.
/// Looks when this node queues one, and every <see cref="JobOptions.PollInterval"/> for the others'.
/// </summary>
public sealed class ImportWorker(IServiceScopeFactory scopes, ImportRunner runner, LocalImports local, NodeIdentity node,
    IOptions<JobOptions> options, TimeProvider clock, ILogger<ImportWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        var sweep = DateTime.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            JobTake? job = null;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<RindeDbContext>();
                var now = clock.GetUtcNow().UtcDateTime;
                job = await BackgroundJobs.ClaimAsync(db, SurveyImportJobs.Kind, node, now, o.Lease, stoppingToken);
                if (now - sweep > TimeSpan.FromHours(1))
                {
                    await scope.ServiceProvider.GetRequiredService<SurveyImportJobs>().SweepDraftsAsync(stoppingToken);
                    sweep = now;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "No se pudieron revisar las importaciones pendientes; se reintentará");
            }
            if (job is { } take)
            {
                try
                {
                    await runner.RunAsync(take, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Its lease ends and another take (here or on another node) tries again.
                    logger.LogError(ex, "La importación {Job} no pudo terminar en este servidor", take.Id);
                }
                continue;
            }
            await local.WaitForQueuedAsync(o.PollInterval, stoppingToken);
        }
    }
}
