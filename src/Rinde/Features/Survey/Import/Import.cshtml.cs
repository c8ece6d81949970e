using Microsoft.AspNetCore.Mvc;
using Rinde.Data;
using Rinde.Features.BackOffice;
using Rinde.Features.Files;

namespace Rinde.Features.Survey.Import;

/// <summary>
/// Importing a Google Forms or Microsoft Forms export: upload, see what would be done
/// (preview), confirm. Between the preview and the confirmation the file waits in the file
/// store as a draft job, so the confirmation may reach any node, and so may the page that follows it.
/// </summary>
[UploadLimit(MaxMegabytes = ImportUploads.MaxBytes / (1024 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = ImportUploads.MaxBytes * 3 / 2)]
public class ImportModel(RindeDbContext db, ImportUploads uploads, SurveyImportJobs jobs) : StaffPageModel(db)
{
    public override string PartTitle => "Importar respuestas de la encuesta";
    public override string Tab => "encuesta-respuestas";
    public override (string Href, string Label)? Back => ($"/staff/ejercicios/{ExerciseId}/encuesta/respuestas", "Respuestas de la encuesta");

    public ImportPreview? Preview { get; private set; }
    public ImportResult? Refused { get; private set; }
    public string? Token { get; private set; }

    [BindProperty(SupportsGet = true, Name = "importacion")]
    public Guid? JobId { get; set; }

    /// <summary>The import this page follows, when its address names one of this exercise.</summary>
    public ImportJobView? Job { get; private set; }

    /// <summary>Taken once per request: the job may finish while the page renders, and the
    /// reload must not vanish from a page that still shows the bar.</summary>
    public bool Running { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Job = await jobs.FindAsync(ExerciseId, JobId, ct);
        Running = Job is { Finished: false };
        if (!Running && Job?.Result is { RejectedCount: 0 } done)
        {
            return Done(ImportJobView.Imported(done), $"/staff/ejercicios/{ExerciseId}/encuesta/respuestas");
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
        var (path, error) = await uploads.ReceiveAsync(content, ExerciseId, ct);
        if (path is null)
        {
            // Refused, not failed: the page says why, with a status a client can tell from success.
            Response.StatusCode = error == ImportUploads.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status422UnprocessableEntity;
            ModelState.AddModelError("archivo", error!);
            return Page();
        }
        try
        {
            var (preview, problem) = await ImportPreview.ReadAsync(Db, path, ExerciseId, ct);
            if (preview is null)
            {
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                ModelState.AddModelError("archivo", problem!);
                return Page();
            }
            // A file with unreadable rows cannot be confirmed: nothing to keep it for.
            Token = preview.RejectedCount > 0 ? null
                : (await jobs.DraftAsync(ExerciseId, path, User.Identity?.Name ?? "sistema", preview.RowCount, ct)).ToString("N");
            Preview = preview;
            return Page();
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    /// <summary>Queues the import and follows it on this page: a large file takes minutes.</summary>
    /// <param name="archivo">The draft job of the preview (its rows were counted then).</param>
    public async Task<IActionResult> OnPostImportAsync(string? archivo, CancellationToken ct)
    {
        var id = Guid.TryParseExact(archivo, "N", out var key) ? key : (Guid?)null;
        if (!await jobs.ConfirmAsync(ExerciseId, id, ct))
        {
            ModelState.AddModelError("archivo", "El archivo de la vista previa ya no está: súbalo de nuevo.");
            return Page();
        }
        return Redirect($"{Request.PathBase}{Request.Path}?importacion={key}");
    }
}
