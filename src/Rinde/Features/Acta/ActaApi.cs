using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Acta.Docx;
using Rinde.Features.Acta.Html;
using Rinde.Features.Acta.Model;
using Rinde.Features.Acta.Pdf;
using Rinde.Features.Exercises;

namespace Rinde.Features.Acta;

/// <summary>
/// The acta as DOCX, PDF and web page. Staff may read it in any state; anyone may once it is
/// published. Anonymous readers always get the public rendering; staff get the internal one
/// unless they ask for <c>?publica=true</c>. Once approved, all three are served from the
/// frozen version (ActaVersion), never rendered again from the live data.
/// </summary>
public static class ActaApi
{
    public static RouteGroupBuilder MapActaApi(this RouteGroupBuilder api)
    {
        api.MapGet("/exercises/{id:int}/acta.docx", DocxAsync).AllowAnonymous();
        api.MapGet("/exercises/{id:int}/acta.html", HtmlAsync).AllowAnonymous();
        api.MapGet("/exercises/{id:int}/acta.pdf", PdfAsync).AllowAnonymous();
        return api;
    }

    private static async Task<IResult> DocxAsync(int id, bool? publica, HttpContext http, RindeDbContext db, ActaService acta,
        Workflow.ActaArchive archive, Files.FileStore files, CancellationToken ct)
    {
        var (rendering, frozen, denied) = await AccessAsync(id, publica, http, db, archive, ct);
        if (denied is not null) return denied;
        // Approved and published actas are served from their frozen bytes, never generated again.
        if (frozen is not null)
        {
            var file = rendering == ActaRendering.Publica ? frozen.DocxFile : frozen.InternalDocxFile;
            return TypedResults.File(files.Open(file), ActaDocxWriter.ContentType, file.FileName);
        }
        var model = await acta.BuildAsync(id, rendering, ct);
        return model is null ? NotFound(id) : TypedResults.File(ActaDocxWriter.Write(model), ActaDocxWriter.ContentType, model.FileStem + ".docx");
    }

    private static async Task<IResult> HtmlAsync(int id, bool? publica, HttpContext http, RindeDbContext db, ActaService acta,
        Workflow.ActaArchive archive, Files.FileStore files, CancellationToken ct)
    {
        var (rendering, frozen, denied) = await AccessAsync(id, publica, http, db, archive, ct);
        if (denied is not null) return denied;
        http.Response.Headers.ContentSecurityPolicy = ActaHtmlWriter.ContentSecurityPolicy;
        if (frozen is not null)
        {
            var file = rendering == ActaRendering.Publica ? frozen.HtmlFile : frozen.InternalHtmlFile;
            http.Response.Headers.ContentDisposition = $"inline; filename=\"{file.FileName}\"";
            return TypedResults.Bytes(await files.ReadAllAsync(file, ct), ActaHtmlWriter.ContentType);
        }
        var model = await acta.BuildAsync(id, rendering, ct);
        if (model is null) return NotFound(id);
        http.Response.Headers.ContentDisposition = $"inline; filename=\"{model.FileStem}.html\"";
        return TypedResults.Content(ActaHtmlWriter.Write(model), ActaHtmlWriter.ContentType);
    }

    private static async Task<IResult> PdfAsync(int id, bool? publica, HttpContext http, RindeDbContext db, ActaService acta, ChromiumPdf chromium,
        Workflow.ActaArchive archive, Files.FileStore files, CancellationToken ct)
    {
        var (rendering, frozen, denied) = await AccessAsync(id, publica, http, db, archive, ct);
        if (denied is not null) return denied;
        if (frozen is { PublishedPdf: { } frozenPdf })
        {
            return TypedResults.File(files.Open(frozenPdf), "application/pdf", frozenPdf.FileName);
        }
        if (chromium.FindChromium() is null)
        {
            return TypedResults.Problem(title: "Chromium no está instalado",
                detail: "No se puede generar el PDF porque Chromium no está instalado en el servidor. Instálelo con «apt-get install chromium» o indique su ruta en la configuración Chromium:Path.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        // A frozen acta without a printed PDF (Chromium was missing at approval) is printed from its frozen page.
        string html, stem;
        if (frozen is not null)
        {
            (html, stem) = (System.Text.Encoding.UTF8.GetString(await files.ReadAllAsync(frozen.HtmlFile, ct)), Path.GetFileNameWithoutExtension(frozen.HtmlFile.FileName));
        }
        else if (await acta.BuildAsync(id, rendering, ct) is { } model)
        {
            (html, stem) = (ActaHtmlWriter.Write(model), model.FileStem);
        }
        else
        {
            return NotFound(id);
        }
        try
        {
            var pdf = await chromium.PrintAsync(html, ct);
            return TypedResults.File(pdf, "application/pdf", stem + ".pdf");
        }
        catch (ChromiumFailedException e)
        {
            return TypedResults.Problem(title: "No se pudo generar el PDF",
                detail: $"Chromium no pudo imprimir el acta: {e.Message} Intente de nuevo; si persiste, descargue el DOCX o la página web del acta.",
                statusCode: StatusCodes.Status502BadGateway);
        }
        catch (ChromiumMissingException)
        {
            return TypedResults.Problem(detail: "Chromium dejó de estar disponible en el servidor.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem(detail: $"No existe el ejercicio {id}.", statusCode: StatusCodes.Status404NotFound);

    /// <summary>
    /// The rendering the caller may see, the frozen version it is served from (null: render the
    /// draft), or the answer that refuses it. An approved or published acta is always its latest
    /// frozen version. A reopened one is a draft for its staff; everyone else keeps reading the
    /// last version that was published.
    /// </summary>
    private static async Task<(ActaRendering Rendering, Workflow.ActaVersion? Frozen, IResult? Refusal)> AccessAsync(
        int id, bool? publica, HttpContext http, RindeDbContext db, Workflow.ActaArchive archive, CancellationToken ct)
    {
        var status = await db.Exercises.Where(e => e.Id == id).Select(e => (ActaState?)e.Status).FirstOrDefaultAsync(ct);
        if (status is null)
        {
            return (ActaRendering.Publica, null, NotFound(id));
        }
        var staff = http.User.Identity?.IsAuthenticated == true;
        // Staff of other dependencies read it like anyone else: only once published, and redacted.
        var inScope = staff && await http.RequestServices.GetRequiredService<Accounts.StaffScope>().CanSeeExerciseAsync(id, ct);
        var rendering = inScope && publica != true ? ActaRendering.Interna : ActaRendering.Publica;
        if (status.Value.IsFrozen() && (inScope || status == ActaState.Publicada))
        {
            var latest = await archive.LatestAsync(id, ct);
            // Published: the public reads the published version, not a newer approved one.
            return (rendering, inScope ? latest : await archive.LatestPublishedAsync(id, ct) ?? latest, null);
        }
        if (inScope)
        {
            return (rendering, null, null);
        }
        if (await archive.LatestPublishedAsync(id, ct) is { } published)
        {
            return (ActaRendering.Publica, published, null);
        }
        return (ActaRendering.Publica, null, staff
            ? TypedResults.Problem(detail: $"No existe el ejercicio {id} entre los de sus dependencias.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Problem(
                detail: "El acta de este ejercicio todavía no está publicada; solo el personal de la entidad puede verla. Ingrese para continuar.",
                statusCode: StatusCodes.Status401Unauthorized));
    }
}
