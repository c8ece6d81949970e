using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Acta.Docx;
using Rinde.Features.Acta.Html;
using Rinde.Features.Acta.Model;
using Rinde.Features.Acta.Pdf;
using Rinde.Features.Exercises;
using Rinde.Features.Files;

namespace Rinde.Features.Acta.Workflow;

/// <summary>
/// Stores an acta's documents once, as they are now, as a new version. After this the
/// acta is served from these bytes only: editing the exercise never changes them.
/// </summary>
public sealed class ActaFreezer(RindeDbContext db, ActaService acta, FileStore files, ChromiumPdf chromium, ILogger<ActaFreezer> logger)
{
    private static readonly HashSet<string> Docx = ["application/zip"];
    private static readonly HashSet<string> Pdf = ["application/pdf"];

    public async Task<ActaVersion> FreezeAsync(Exercise exercise, string by, DateTime now, CancellationToken ct)
    {
        var publicModel = await acta.BuildAsync(exercise.Id, ActaRendering.Publica, ct)
            ?? throw new InvalidOperationException($"No existe el ejercicio {exercise.Id}.");
        var internalModel = (await acta.BuildAsync(exercise.Id, ActaRendering.Interna, ct))!;
        var docx = await SaveAsync(ActaDocxWriter.Write(publicModel), publicModel.FileStem + ".docx", Docx, ct);
        var internalDocx = await SaveAsync(ActaDocxWriter.Write(internalModel), publicModel.FileStem + "-interna.docx", Docx, ct);
        StoredFile? pdf = null;
        if (chromium.FindChromium() is not null)
        {
            try
            {
                pdf = await SaveAsync(await chromium.PrintAsync(ActaHtmlWriter.Write(publicModel), ct), publicModel.FileStem + ".pdf", Pdf, ct);
            }
            catch (Exception ex) when (ex is ChromiumFailedException or ChromiumMissingException)
            {
                // The DOCX is the acta of record; a PDF can still be printed from the page later.
                logger.LogWarning(ex, "No se pudo imprimir el PDF del acta {Number}", exercise.ActaNumber);
            }
        }
        var last = await db.Set<ActaVersion>().Where(v => v.ExerciseId == exercise.Id).MaxAsync(v => (int?)v.Version, ct) ?? 0;
        var version = new ActaVersion
        {
            ExerciseId = exercise.Id, Version = last + 1, Number = exercise.ActaNumber!, ApprovedAt = now, ApprovedBy = by,
            DocxFile = docx, InternalDocxFile = internalDocx, PdfFile = pdf,
        };
        db.Set<ActaVersion>().Add(version);
        await db.SaveChangesAsync(ct);
        return version;
    }

    private async Task<StoredFile> SaveAsync(byte[] bytes, string name, IReadOnlySet<string> types, CancellationToken ct)
    {
        using var stream = new MemoryStream(bytes);
        var (file, error) = await files.SaveAsync(stream, name, types, ct);
        return file ?? throw new InvalidOperationException(error);
    }
}
