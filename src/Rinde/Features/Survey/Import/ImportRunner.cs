using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rinde.Data;
using Rinde.Features.Files;
using Rinde.Infrastructure;

namespace Rinde.Features.Survey.Import;

/// <summary>
/// Runs one import job this node holds. The job's end is written in the import's own
/// transaction, fenced by the lease: the responses and "done" commit together, so a node that
/// dies leaves nothing (PostgreSQL rolls its transaction back), and a node that lost its lease
/// cannot commit after the node that took the job over. Whoever takes a job over imports the
/// whole file again from the stored copy; after <see cref="JobOptions.MaxAttempts"/> takes the
/// job is reported failed.
/// </summary>
public sealed class ImportRunner(IServiceScopeFactory scopes, LocalImports local, ImportUploads uploads,
    IOptions<JobOptions> options, TimeProvider clock, ILogger<ImportRunner> logger)
{
    public const string Broke = "La importación falló y no se importó nada. Intente de nuevo; si vuelve a fallar, avise al administrador.";
    public const string FileGone = "El archivo de la importación ya no está y no se importó nada: súbalo de nuevo.";

    public static string Interrupted(int times) =>
        $"La importación se interrumpió {EsCo.Count(times)} veces (se detuvo el servidor que la hacía) y no se importó nada. "
        + "Súbala de nuevo; si vuelve a pasar, avise al administrador.";

    /// <summary>Imports the job's file; on cancellation (this node stops) the job goes back to the queue for another node.</summary>
    public async Task RunAsync(JobTake take, CancellationToken ct)
    {
        var jobId = take.Id;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RindeDbContext>();
        var files = scope.ServiceProvider.GetRequiredService<FileStore>();
        var job = await BackgroundJobs.Held(db, take).AsNoTracking().FirstOrDefaultAsync(ct);
        if (job is null) return;
        var stored = job.FileId is Guid fileId ? await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, ct) : null;
        if (job.Attempts > options.Value.MaxAttempts || stored is null)
        {
            await EndAsync(take, stored, stored is null ? FileGone : Interrupted(job.Attempts - 1));
            return;
        }
        var read = local.Track(jobId);
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(ct);
        await using var heartbeat = new ImportHeartbeat(scopes, options.Value, clock, logger, take, read, lost, db.Database.IsNpgsql());
        string? path = null;
        try
        {
            await using (var content = files.Open(stored))
            {
                path = await uploads.CopyForJobAsync(content, take, lost.Token);
            }
            var importer = scope.ServiceProvider.GetRequiredService<SurveyImporter>();
            var committed = false;
            var result = await importer.ImportAsync(path, job.ExerciseId, job.RequestedBy, r => Volatile.Write(ref read.Value, r),
                async (done, token) =>
                {
                    await heartbeat.StopAsync();
                    await FinishAsync(db, files, take, job, done, read.Value, token);
                    committed = true;
                }, lost.Token);
            if (committed)
            {
                files.Forget(stored.Id);
            }
            else
            {
                // Refused (unreadable rows, a frozen acta): rolled back, and said so in the job.
                await heartbeat.StopAsync();
                await FinishAsync(db, files, take, job, result, read.Value, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await using var release = scopes.CreateAsyncScope();
            await BackgroundJobs.ReleaseAsync(release.ServiceProvider.GetRequiredService<RindeDbContext>(), take, CancellationToken.None);
            throw;
        }
        catch (Exception e) when (e is LeaseLostException || (e is OperationCanceledException && lost.IsCancellationRequested))
        {
            logger.LogWarning("La importación {Job} pasó a otro servidor; este no guarda nada", jobId);
        }
#pragma warning disable CA1031 // Whatever went wrong, the person following the import must read it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "La importación {Job} del ejercicio {Exercise} falló", jobId, job.ExerciseId);
            await EndAsync(take, stored, Broke);
        }
        finally
        {
            local.Untrack(jobId);
            if (path is not null) File.Delete(path);
        }
    }

    /// <summary>Done, with the file gone in the same transaction; throws when the lease was lost (the import then rolls back).</summary>
    private async Task FinishAsync(RindeDbContext db, FileStore files, JobTake take, BackgroundJob job, ImportResult result, int read,
        CancellationToken ct)
    {
        if (!await BackgroundJobs.FinishAsync(db, take, ImportJobView.Serialize(result), read, clock.GetUtcNow().UtcDateTime, ct))
        {
            throw new LeaseLostException();
        }
        await files.DeleteAsync(job.FileId!.Value, ct);
    }

    /// <summary>Failed for good, in a context of its own (the import's may be broken), and its file dropped.</summary>
    private async Task EndAsync(JobTake take, StoredFile? stored, string error)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RindeDbContext>();
        if (await BackgroundJobs.FailAsync(db, take, error, clock.GetUtcNow().UtcDateTime, CancellationToken.None) && stored is not null)
        {
            await scope.ServiceProvider.GetRequiredService<FileStore>().DeleteAsync(stored.Id, CancellationToken.None);
        }
    }

    /// <summary>Another node holds the job now: this one must not commit its import.</summary>
    private sealed class LeaseLostException() : Exception("La importación pasó a otro servidor.");
}
