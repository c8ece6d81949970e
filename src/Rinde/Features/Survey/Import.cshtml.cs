using Microsoft.AspNetCore.Mvc;
using Rinde.Data;
using Rinde.Features.BackOffice;
using Rinde.Features.Survey.Import;

namespace Rinde.Features.Survey;

/// <summary>
/// Importing a Google Forms or Microsoft Forms export: upload, see what would be done
/// (preview), confirm. The file waits on disk between the preview and the confirmation.
/// </summary>
[UploadLimit(MaxMegabytes = ImportUploads.MaxBytes / (1024 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = ImportUploads.MaxBytes * 3 / 2)]
public class ImportModel(RindeDbContext db, ImportUploads uploads, ImportJobs jobs) : StaffPageModel(db)
{
    public override string PartTitle => "Importar respuestas de la encuesta";
    public override string Tab => "encuesta-respuestas";
    public override (string Href, string Label)? Back => ($"/staff/ejercicios/{ExerciseId}/encuesta/respuestas", "Respuestas de la encuesta");

    public ImportPreview? Preview { get; private set; }
    public ImportResult? Refused { get; private set; }
    public string? Token { get; private set; }

    [BindProperty(SupportsGet = true, Name = "importacion")]
    public Guid? JobId { get; set; }

    /// <summary>The import this page follows, when its address names one this server knows.</summary>
    public ImportJob? Job { get; private set; }

    /// <summary>Taken once per request: the job may finish while the page renders, and the
    /// reload must not vanish from a page that still shows the bar.</summary>
    public bool Running { get; private set; }

    public IActionResult OnGet()
    {
        Job = jobs.Find(ExerciseId, JobId);
        Running = Job is { Finished: false };
        if (!Running && Job?.Result is { RejectedCount: 0 } done)
        {
            var skipped = done.Skipped == 0 ? "" : $" {Infrastructure.EsCo.Count(done.Skipped)} ya estaban importadas y se omitieron.";
            return Done($"Se importaron {Infrastructure.EsCo.Count(done.Imported)} respuestas.{skipped}",
                $"/staff/ejercicios/{ExerciseId}/encuesta/respuestas");
        }
        Refused = Running ? null : Job?.Result;
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? archivo, CancellationToken ct)
    {
        if (archivo is null || archivo.Length == 0)
        {
            ModelState.AddModelError("archivo", "Elija el archivo de respuestas (CSV de Google Forms o XLSX de Microsoft Forms).");
            return Page();
        }
        await using var content = archivo.OpenReadStream();
        var (token, error) = await uploads.SaveAsync(content, ExerciseId, ct);
        if (token is null)
        {
            // Refused, not failed: the page says why, with a status a client can tell from success.
            Response.StatusCode = error == ImportUploads.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status422UnprocessableEntity;
            ModelState.AddModelError("archivo", error!);
            return Page();
        }
        var (preview, problem) = await ImportPreview.ReadAsync(Db, uploads.Find(ExerciseId, token)!, ExerciseId, ct);
        if (preview is null || preview.RejectedCount > 0)
        {
            // A file with unreadable rows cannot be confirmed: nothing to keep it for.
            uploads.Delete(ExerciseId, token);
        }
        if (preview is null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            ModelState.AddModelError("archivo", problem!);
            return Page();
        }
        (Preview, Token) = (preview, token);
        return Page();
    }

    /// <summary>Queues the import and follows it on this page: a large file takes minutes.</summary>
    public IActionResult OnPostImport(string? archivo, int filas)
    {
        if (uploads.Find(ExerciseId, archivo) is not { } path)
        {
            ModelState.AddModelError("archivo", "El archivo de la vista previa ya no está: súbalo de nuevo.");
            return Page();
        }
        var job = jobs.Enqueue(new ImportJob(ExerciseId, path, archivo!, User.Identity?.Name ?? "sistema", filas));
        return Redirect($"{Request.PathBase}{Request.Path}?importacion={job.Id}");
    }
}
