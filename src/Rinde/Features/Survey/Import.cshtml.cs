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
public class ImportModel(RindeDbContext db, ImportUploads uploads, SurveyImporter importer) : StaffPageModel(db)
{
    public override string PartTitle => "Importar respuestas de la encuesta";
    public override string Tab => "encuesta-respuestas";
    public override (string Href, string Label)? Back => ($"/staff/ejercicios/{ExerciseId}/encuesta/respuestas", "Respuestas de la encuesta");

    public ImportPreview? Preview { get; private set; }
    public ImportResult? Refused { get; private set; }
    public string? Token { get; private set; }

    public void OnGet()
    {
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
            ModelState.AddModelError("archivo", problem!);
            return Page();
        }
        (Preview, Token) = (preview, token);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(string? archivo, CancellationToken ct)
    {
        if (uploads.Find(ExerciseId, archivo) is not { } path)
        {
            ModelState.AddModelError("archivo", "El archivo de la vista previa ya no está: súbalo de nuevo.");
            return Page();
        }
        var result = await importer.ImportAsync(path, ExerciseId, ct);
        uploads.Delete(ExerciseId, archivo);
        if (result.RejectedCount > 0)
        {
            Refused = result;
            return Page();
        }
        var skipped = result.Skipped == 0 ? "" : $" {Infrastructure.EsCo.Count(result.Skipped)} ya estaban importadas y se omitieron.";
        return Done($"Se importaron {Infrastructure.EsCo.Count(result.Imported)} respuestas.{skipped}",
            $"/staff/ejercicios/{ExerciseId}/encuesta/respuestas");
    }
}
