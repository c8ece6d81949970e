namespace Rinde.Features.Survey.Import;

/// <summary>
/// Runs the confirmed imports one after another, each in its own scope, so a large file never
/// holds a request open and the page can show its progress.
/// </summary>
public sealed class ImportWorker(ImportJobs jobs, IServiceScopeFactory scopes, ImportUploads uploads, ILogger<ImportWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in jobs.Queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var importer = scope.ServiceProvider.GetRequiredService<SurveyImporter>();
                job.Result = await importer.ImportAsync(job.Path, job.ExerciseId, job.User, job.Report, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                job.Failure = "El servidor se detuvo durante la importación; no se importó nada. Súbalo de nuevo.";
                throw;
            }
#pragma warning disable CA1031 // Whatever went wrong, the person waiting on the page must read it.
            catch (Exception e)
#pragma warning restore CA1031
            {
                logger.LogError(e, "La importación {Job} del ejercicio {Exercise} falló", job.Id, job.ExerciseId);
                job.Failure = "La importación falló y no se importó nada. Intente de nuevo; si vuelve a fallar, avise al administrador.";
            }
            finally
            {
                uploads.Delete(job.ExerciseId, job.UploadToken);
            }
        }
    }
}
