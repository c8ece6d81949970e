using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Exercises;

namespace Rinde.Features.Acta.Workflow;

/// <summary>The acta's lifecycle for staff: state, number, frozen versions, history, next steps.</summary>
public class ActaStatePageModel(RindeDbContext db, ActaWorkflow workflow, Files.FileStore files, TimeProvider clock) : PageModel
{
    public int ExerciseId { get; private set; }
    public string Title { get; private set; } = "";
    public ActaState State { get; private set; }
    public string? Number { get; private set; }
    public List<ActaVersion> Versions { get; private set; } = [];
    public List<ActaTransition> History { get; private set; } = [];
    public List<ActaState> Next { get; private set; } = [];
    public Readiness Readiness { get; private set; } = new([]);

    [BindProperty] public ActaState To { get; set; }
    [BindProperty] public string? Comment { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var (outcome, _, readiness) = await workflow.TransitionAsync(id, To, Comment, User, ct);
        if (outcome == TransitionOutcome.NotFound)
        {
            return NotFound();
        }
        if (readiness is not null)
        {
            // The page shows the list again (what blocks it is marked), with what was typed kept.
            TempData["Error"] = readiness.Refusal;
            await LoadAsync(id, ct);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData["Mensaje"] = outcome switch
        {
            TransitionOutcome.Done => $"El acta quedó {ActaStates.Label(To).ToLowerInvariant()}.",
            TransitionOutcome.Forbidden => "Su rol no permite ese paso.",
            TransitionOutcome.CommentRequired => "Para devolver el acta escriba qué debe corregirse.",
            TransitionOutcome.CommentTooLong => $"El comentario admite hasta {ActaWorkflow.MaxComment} caracteres.",
            TransitionOutcome.NumberTaken => "El número que corresponde ya existe: incluya {año} en el patrón del formato.",
            _ => "Ese paso no es posible desde el estado actual.",
        };
        return Redirect($"/staff/ejercicios/{id}/acta/estado");
    }

    /// <summary>
    /// The signed, scanned acta replaces the printed PDF as the one to publish, while the approved
    /// version is not published yet. A published version's files never change: a signed scan
    /// after publication needs reopening the acta and approving it again (a new version).
    /// </summary>
    public async Task<IActionResult> OnPostSignedAsync(int id, IFormFile? scan, CancellationToken ct)
    {
        var version = await db.ActaVersions.Where(v => v.ExerciseId == id).OrderByDescending(v => v.Version).FirstOrDefaultAsync(ct);
        var status = await db.Exercises.Where(e => e.Id == id).Select(e => e.Status).FirstOrDefaultAsync(ct);
        if (version is null || !User.IsInRole(Accounts.Roles.Publicador) && !User.IsInRole(Accounts.Roles.Administrador))
        {
            TempData["Mensaje"] = version is null ? "Primero el acta debe estar aprobada." : "Solo el publicador o el administrador suben el acta firmada.";
            return Redirect($"/staff/ejercicios/{id}/acta/estado");
        }
        if (version.PublishedAt is not null || status != ActaState.Aprobada)
        {
            TempData["Error"] = version.PublishedAt is not null
                ? $"La versión {version.Version} ya está publicada: sus archivos y su SHA-256 no cambian. Para publicar el acta firmada, reabra el acta y apruébela de nuevo; quedará como una versión nueva."
                : "El acta está reabierta: suba el acta firmada cuando vuelva a estar aprobada.";
            await LoadAsync(id, ct);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        if (scan is null)
        {
            TempData["Mensaje"] = "Elija el PDF del acta firmada.";
            return Redirect($"/staff/ejercicios/{id}/acta/estado");
        }
        await using var content = scan.OpenReadStream();
        var (file, error) = await files.SaveAsync(content, scan.FileName, new HashSet<string> { "application/pdf" }, ct);
        if (file is not null)
        {
            version.SignedPdfFileId = file.Id;
            await db.SaveChangesAsync(ct);
        }
        TempData["Mensaje"] = error ?? "El acta firmada quedó como el PDF publicado.";
        return Redirect($"/staff/ejercicios/{id}/acta/estado");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var exercise = await db.Exercises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (exercise is null)
        {
            return false;
        }
        (ExerciseId, Title, State, Number) = (id, exercise.Title, exercise.Status, exercise.ActaNumber);
        Versions = await db.ActaVersions.AsNoTracking().Include(v => v.DocxFile).Include(v => v.HtmlFile).Include(v => v.PdfFile).Include(v => v.SignedPdfFile)
            .Where(v => v.ExerciseId == id).OrderByDescending(v => v.Version).ToListAsync(ct);
        History = await db.ActaTransitions.AsNoTracking().Where(t => t.ExerciseId == id).OrderBy(t => t.Id).ToListAsync(ct);
        Readiness = (await ActaReadiness.CheckAsync(db, id, clock, ct))!;
        Next = ActaLifecycle.Next(State).Where(to => ActaLifecycle.RolesFor(State, to).Any(User.IsInRole)).ToList();
        return true;
    }
}
