using Microsoft.Extensions.Options;
using Rinde.Data;
using Rinde.Infrastructure;

namespace Rinde.Features.Invitations;

/// <summary>Takes queued invitations (and those of a node that died), one at a time, on any node.</summary>
public sealed class InvitationWorker(IServiceScopeFactory scopes, InvitationRunner runner, InvitationSignal signal, NodeIdentity node,
    IOptions<JobOptions> options, TimeProvider clock, ILogger<InvitationWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            JobTake? take = null;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<RindeDbContext>();
                take = await BackgroundJobs.ClaimAsync(db, Invitations.JobKind, node, clock.GetUtcNow().UtcDateTime, options.Value.Lease, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "No se pudieron revisar las invitaciones pendientes; se reintentará");
            }
            if (take is { } job)
            {
                try
                {
                    await runner.RunAsync(job, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    await ReleaseAsync(job);
                    return;
                }
                catch (Exception ex)
                {
                    // Its lease ends and another take (here or on another node) goes on from the batches written.
                    logger.LogError(ex, "La invitación {Job} no pudo terminar en este servidor", job.Id);
                }
                continue;
            }
            await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
        }
    }

    /// <summary>This node stops: the invitation goes back to the queue at once, for any node.</summary>
    private async Task ReleaseAsync(JobTake job)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await BackgroundJobs.ReleaseAsync(scope.ServiceProvider.GetRequiredService<RindeDbContext>(), job, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogWarning("La invitación {Job} no se pudo devolver a la cola: {Error}", job.Id, ex.Message);
        }
    }
}
