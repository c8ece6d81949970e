using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Acta.Docx;
using Rinde.Features.Acta.Html;
using Rinde.Features.Acta.Model;
using Rinde.Features.Acta.Pdf;

namespace Rinde.Features.Acta;

/// <summary>
/// The acta as DOCX, PDF and web page. Staff may read it in any state; anyone may once it is
/// published. Anonymous readers always get the public rendering; staff get the internal one
/// unless they ask for <c>?publica=true</c>.
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
        var (rendering, denied) = await AccessAsync(id, publica, http, db, ct);
        if (denied is not null) return denied;
        // Approved and published actas are served from their frozen bytes, never generated again.
        if (await archive.LatestAsync(id, ct) is { } frozen)
        {
            var file = rendering == ActaRendering.Publica ? frozen.DocxFile : frozen.InternalDocxFile;
            return TypedResults.File(files.Open(file), ActaDocxWriter.ContentType, file.FileName);
        }
        var (model, refusal) = await LoadAsync(id, publica, http, db, acta, ct);
        return model is null ? refusal! : TypedResults.File(ActaDocxWriter.Write(model), ActaDocxWriter.ContentType, model.FileStem + ".docx");
    }

    private static async Task<IResult> HtmlAsync(int id, bool? publica, HttpContext http, RindeDbContext db, ActaService acta, CancellationToken ct)
    {
        var (model, refusal) = await LoadAsync(id, publica, http, db, acta, ct);
        if (model is null) return refusal!;
        // Nothing in the page may load or run anything: user text is escaped and this is a second lock.
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        http.Response.Headers.ContentDisposition = $"inline; filename=\"{model.FileStem}.html\"";
        return TypedResults.Content(ActaHtmlWriter.Write(model), ActaHtmlWriter.ContentType);
    }

    private static async Task<IResult> PdfAsync(int id, bool? publica, HttpContext http, RindeDbContext db, ActaService acta, ChromiumPdf chromium,
        Workflow.ActaArchive archive, Files.FileStore files, CancellationToken ct)
    {
        var (_, denied) = await AccessAsync(id, publica, http, db, ct);
        if (denied is not null) return denied;
        if (await archive.LatestAsync(id, ct) is { PublishedPdf: { } frozenPdf })
        {
            return TypedResults.File(files.Open(frozenPdf), "application/pdf", frozenPdf.FileName);
        }
        if (chromium.FindChromium() is null)
        {
            return TypedResults.Problem(title: "Chromium no está instalado",
                detail: "No se puede generar el PDF porque Chromium no está instalado en el servidor. Instálelo con «apt-get install chromium» o indique su ruta en la configuración Chromium:Path.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        var (model, refusal) = await LoadAsync(id, publica, http, db, acta, ct);
        if (model is null) return refusal!;
        try
        {
            var pdf = await chromium.PrintAsync(ActaHtmlWriter.Write(model), ct);
            return TypedResults.File(pdf, "application/pdf", model.FileStem + ".pdf");
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

    /// <summary>The acta's model in the rendering the caller may see, or the answer that refuses it.</summary>
    private static async Task<(ActaModel? Model, IResult? Refusal)> LoadAsync(
        int id, bool? publica, HttpContext http, RindeDbContext db, ActaService acta, CancellationToken ct)
    {
        var (rendering, refusal) = await AccessAsync(id, publica, http, db, ct);
        return refusal is not null ? (null, refusal) : (await acta.BuildAsync(id, rendering, ct), null);
    }

    /// <summary>The rendering the caller may see, or the answer that refuses it.</summary>
    private static async Task<(ActaRendering Rendering, IResult? Refusal)> AccessAsync(
        int id, bool? publica, HttpContext http, RindeDbContext db, CancellationToken ct)
    {
        var status = await db.Exercises.Where(e => e.Id == id).Select(e => (ActaState?)e.Status).FirstOrDefaultAsync(ct);
        if (status is null)
        {
            return (ActaRendering.Publica, TypedResults.Problem(detail: $"No existe el ejercicio {id}.", statusCode: StatusCodes.Status404NotFound));
        }
        var staff = http.User.Identity?.IsAuthenticated == true;
        // Staff of other dependencies read it like anyone else: only once published, and redacted.
        var inScope = staff && await http.RequestServices.GetRequiredService<Accounts.StaffScope>().CanSeeExerciseAsync(id, ct);
        if (!inScope && status != ActaState.Publicada)
        {
            return (ActaRendering.Publica, staff
                ? TypedResults.Problem(detail: $"No existe el ejercicio {id} entre los de sus dependencias.", statusCode: StatusCodes.Status404NotFound)
                : TypedResults.Problem(
                    detail: "El acta de este ejercicio todavía no está publicada; solo el personal de la entidad puede verla. Ingrese para continuar.",
                    statusCode: StatusCodes.Status401Unauthorized));
        }
        return (inScope && publica != true ? ActaRendering.Interna : ActaRendering.Publica, null);
    }
}
