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
/// acta is served from these bytes only: editing the exercise never changes them. Rendering
/// (seconds, Chromium included) and storing the version are separate steps, so the approval
/// renders outside any transaction and only the short store step locks anything.
/// </summary>
public sealed class ActaFreezer(RindeDbContext db, ActaService acta, FileStore files, ChromiumPdf chromium, ILogger<ActaFreezer> logger)
{
    /// <summary>The stored files of one version, not yet a version.</summary>
    public sealed record Rendered(StoredFile Docx, StoredFile InternalDocx, StoredFile Html, StoredFile InternalHtml, StoredFile? Pdf);

    private static readonly HashSet<string> Docx = ["application/zip"];
    private static readonly HashSet<string> Pdf = ["application/pdf"];

    /// <summary>Renders and stores the files, then records them as the next version (no transaction of its own).</summary>
    public async Task<ActaVersion> FreezeAsync(Exercise exercise, string by, DateTime now, CancellationToken ct) =>
        await StoreAsync(exercise, await RenderAsync(exercise, ct), by, now, ct);

    /// <summary>
    /// Renders the acta with its number and stores its files. Files no version points to
    /// (a render whose approval then failed) are harmless: stored files are never served by id
    /// to the public and never deleted.
    /// </summary>
    public async Task<Rendered> RenderAsync(Exercise exercise, CancellationToken ct)
    {
        var publicModel = await acta.BuildAsync(exercise.Id, ActaRendering.Publica, ct)
            ?? throw new InvalidOperationException($"No existe el ejercicio {exercise.Id}.");
        var internalModel = (await acta.BuildAsync(exercise.Id, ActaRendering.Interna, ct))!;
        var stem = publicModel.FileStem;
        var docx = await SaveAsync(ActaDocxWriter.Write(publicModel), stem + ".docx", Docx, ct);
        var internalDocx = await SaveAsync(ActaDocxWriter.Write(internalModel), stem + "-interna.docx", Docx, ct);
        var page = ActaHtmlWriter.Write(publicModel);
        var html = await files.SaveGeneratedAsync(System.Text.Encoding.UTF8.GetBytes(page), stem + ".html", ActaHtmlWriter.ContentType, ct);
        var internalHtml = await files.SaveGeneratedAsync(System.Text.Encoding.UTF8.GetBytes(ActaHtmlWriter.Write(internalModel)),
            stem + "-interna.html", ActaHtmlWriter.ContentType, ct);
        StoredFile? pdf = null;
        if (chromium.FindChromium() is not null)
        {
            try
            {
                pdf = await SaveAsync(await chromium.PrintAsync(page, ct), stem + ".pdf", Pdf, ct);
            }
            catch (Exception ex) when (ex is ChromiumFailedException or ChromiumMissingException)
            {
                // The DOCX is the acta of record; a PDF can still be printed from the page later.
                logger.LogWarning(ex, "No se pudo imprimir el PDF del acta {Number}", exercise.ActaNumber);
            }
        }
        return new Rendered(docx, internalDocx, html, internalHtml, pdf);
    }

    /// <summary>Records the rendered files as the exercise's next version; call it inside the step that locks the exercise.</summary>
    public async Task<ActaVersion> StoreAsync(Exercise exercise, Rendered rendered, string by, DateTime now, CancellationToken ct)
    {
        var last = await db.Set<ActaVersion>().Where(v => v.ExerciseId == exercise.Id).MaxAsync(v => (int?)v.Version, ct) ?? 0;
        var version = new ActaVersion
        {
            ExerciseId = exercise.Id, Version = last + 1, Number = exercise.ActaNumber!, ApprovedAt = now, ApprovedBy = by,
            DocxFile = rendered.Docx, InternalDocxFile = rendered.InternalDocx, HtmlFile = rendered.Html,
            InternalHtmlFile = rendered.InternalHtml, PdfFile = rendered.Pdf,
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
