using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Files;

namespace Rinde.Features.Questions.Desk;

/// <summary>The question desk: the live queue of an exercise's questions, handled by staff.</summary>
public class DeskPageModel(RindeDbContext db, DeskActions desk, Accounts.StaffScope scope) : PageModel
{
    public sealed record Office(int Id, string Name);

    /// <summary>An answer refused because someone else's is saved: shown again in its card, as typed.</summary>
    public sealed record AnswerDraft(string Text, bool Live, string Message);

    /// <summary>What a card shows: the question, the offices to assign, and a refused answer to keep.</summary>
    /// <summary>AnswerOnly: a sub-unit answering for its parent sees the answer form alone.</summary>
    public sealed record Card(DeskQuestionView Q, List<Office> Offices, AnswerDraft? Draft = null, IReadOnlyList<string>? Commitments = null,
        bool AnswerOnly = false);

    /// <summary>This person only answers the questions assigned to their dependency (StaffScope.AnswersAssignedOnlyAsync).</summary>
    public bool AnswerOnly { get; private set; }

    public Dictionary<int, AnswerDraft> Drafts { get; } = [];

    public int ExerciseId { get; private set; }
    public string ExerciseTitle { get; private set; } = "";
    public List<string> Themes { get; private set; } = [];
    public List<Office> Offices { get; private set; } = [];
    public List<DeskQuestionView> Questions { get; private set; } = [];

    /// <summary>The commitments each question became (QuestionCommitments), by question id.</summary>
    public Dictionary<int, List<string>> Commitments { get; private set; } = [];
    public long LastEventId { get; private set; }

    [BindProperty(SupportsGet = true)] public string? Tema { get; set; }
    [BindProperty(SupportsGet = true)] public string? Estado { get; set; }
    [BindProperty(SupportsGet = true)] public string? Oficina { get; set; }

    /// <summary>
    /// A card's form names its question: one of another exercise is not on this desk (404), so
    /// the route's exercise, which the staff scope checked, is the question's too. A sub-unit
    /// answering for its parent may only answer, and only what is assigned to it.
    /// </summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var ct = HttpContext.RequestAborted;
        if (context.HandlerArguments.TryGetValue("questionId", out var value) && value is int questionId
            && context.HandlerArguments.TryGetValue("id", out var exercise) && exercise is int id
            && (!await db.CitizenQuestions.AnyAsync(q => q.Id == questionId && q.ExerciseId == id, ct)
                || (!await scope.CanSeeExerciseAsync(id, ct)
                    && (context.HandlerMethod?.Name != "Answer" || !await scope.AnswersAssignedOnlyAsync(id, questionId, ct)))))
        {
            context.Result = Fetched
                ? new JsonResult(new { message = "Esa pregunta no es de este ejercicio." }) { StatusCode = StatusCodes.Status404NotFound }
                : NotFound();
            return;
        }
        await next();
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAnswerAsync(int id, int questionId, int version, string? answer, bool live, bool replace,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            return Done(id, questionId, "Escriba la respuesta antes de guardarla.", DeskOutcome.Invalid);
        }
        var result = await desk.AnswerAsync(questionId, version, answer, live, User.Identity?.Name, ct, replace);
        if (result.Item1 != DeskOutcome.Conflict || Fetched)
        {
            return Result(id, questionId, result, "respondida", answering: true);
        }
        // Without the script the page is shown again with the typed answer beside the saved one.
        Drafts[questionId] = new(answer, live, DeskActions.ConflictFor(result.Item2, answering: true));
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAssignAsync(int id, int questionId, int version, int? officeId, string? person, CancellationToken ct) =>
        Result(id, questionId, await desk.AssignAsync(questionId, version, officeId, person, ct), "asignada");

    public async Task<IActionResult> OnPostHideAsync(int id, int questionId, int version, string? reason, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(reason)
            ? Done(id, questionId, "Escriba el motivo para ocultar el mensaje.", DeskOutcome.Invalid)
            : Result(id, questionId, await desk.HideAsync(questionId, version, reason, User.Identity?.Name, ct), "ocultada (se conserva)");

    public async Task<IActionResult> OnPostMergeAsync(int id, int questionId, int version, int intoNumber, CancellationToken ct) =>
        Result(id, questionId, await desk.MergeAsync(questionId, version, intoNumber, ct), $"marcada como duplicada de la {intoNumber}");

    public async Task<IActionResult> OnPostUnmergeAsync(int id, int questionId, int version, CancellationToken ct) =>
        Result(id, questionId, await desk.UnmergeAsync(questionId, version, ct), "separada: vuelve a contar por sí misma",
            invalid: DeskApi.NotMerged);

    public async Task<IActionResult> OnPostShowAsync(int id, int questionId, int version, CancellationToken ct) =>
        Result(id, questionId, await desk.ShowAsync(questionId, version, ct), "visible de nuevo", invalid: DeskApi.NotHidden);

    public async Task<IActionResult> OnPostCommitmentAsync(int id, int questionId, int version, string? description, string? owner,
        DateOnly? dueDate, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(description) || string.IsNullOrWhiteSpace(owner)
            ? Done(id, questionId, "Escriba el compromiso y su responsable.", DeskOutcome.Invalid)
            : Result(id, questionId, await desk.CommitAsync(questionId, version, description, owner, dueDate, ct), "convertida en compromiso");

    public async Task<IActionResult> OnPostExtensionAsync(int id, int questionId, int version, DateOnly? newDeadline, string? reason, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(reason) || newDeadline is null
            ? Done(id, questionId, "Escriba la nueva fecha y el motivo de la prórroga.", DeskOutcome.Invalid)
            : Refused(id, questionId, await desk.ExtendAsync(questionId, version, newDeadline.Value, reason, ct), "prorrogada");

    public async Task<IActionResult> OnPostTransferAsync(int id, int questionId, int version, string? entity, string? reason, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(entity) || string.IsNullOrWhiteSpace(reason)
            ? Done(id, questionId, "Escriba la entidad competente y el motivo del traslado.", DeskOutcome.Invalid)
            : Refused(id, questionId, await desk.TransferAsync(questionId, version, entity, reason, ct), $"trasladada a {entity.Trim()}");

    private IActionResult Refused(int id, int questionId, (DeskOutcome Outcome, DeskQuestionView? View, string? Refusal) result, string what) =>
        result.Refusal is string refusal ? Done(id, questionId, refusal, DeskOutcome.Invalid, result.View) : Result(id, questionId, (result.Outcome, result.View), what);

    private IActionResult Result(int id, int questionId, (DeskOutcome Outcome, DeskQuestionView? View) result, string what,
        bool answering = false, string invalid = "No se pudo: revise el número de la pregunta.") =>
        Done(id, questionId, result.Outcome switch
        {
            DeskOutcome.Done => $"Pregunta {result.View!.Number} {what}.",
            DeskOutcome.Conflict => DeskActions.ConflictFor(result.View, answering),
            DeskOutcome.Invalid => invalid,
            DeskOutcome.Frozen => FrozenDesk.Refusal,
            _ => "Esa pregunta ya no existe.",
        }, result.Outcome, result.View);

    /// <summary>The desk's script posts the same forms and asks for JSON, so only the card changes.</summary>
    private bool Fetched => Request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal);

    private IActionResult Done(int id, int questionId, string message, DeskOutcome outcome, DeskQuestionView? view = null)
    {
        if (Fetched)
        {
            var status = outcome switch
            {
                DeskOutcome.Done => StatusCodes.Status200OK,
                DeskOutcome.Conflict or DeskOutcome.Frozen => StatusCodes.Status409Conflict,
                DeskOutcome.NotFound => StatusCodes.Status404NotFound,
                _ => StatusCodes.Status400BadRequest,
            };
            return new JsonResult(new { message, question = view }) { StatusCode = status };
        }
        if (outcome == DeskOutcome.Frozen)
        {
            // Without the script: the Spanish 409 page, which links to the acta's state (reopening).
            return StatusCode(StatusCodes.Status409Conflict);
        }
        TempData["Mensaje"] = message;
        return Redirect($"/staff/ejercicios/{id}/mesa#q{questionId}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var exercise = await db.Exercises.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new
            {
                e.Title,
                e.DependencyId,
                Themes = e.Themes.OrderBy(t => t.Order).Select(t => t.Name).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (exercise is null)
        {
            return false;
        }
        ExerciseId = id;
        ExerciseTitle = exercise.Title;
        Themes = exercise.Themes;
        Offices = await db.Dependencies.AsNoTracking()
            .Where(d => d.Id == exercise.DependencyId || d.ParentId == exercise.DependencyId)
            .OrderBy(d => d.Code).Select(d => new Office(d.Id, d.Name)).ToListAsync(ct);
        AnswerOnly = !await scope.CanSeeExerciseAsync(id, ct);
        var questions = await (await DeskApi.DeskQuestionsAsync(db, scope, id, ct)).AsNoTracking().Include(q => q.Theme).Include(q => q.AssignedDependency)
            .OrderByDescending(q => q.Number).ToListAsync(ct);
        Questions = questions.Select(DeskQuestionView.From)
            .Where(q => string.IsNullOrEmpty(Tema) || q.Theme == Tema)
            .Where(q => string.IsNullOrEmpty(Estado) || q.Status == Estado)
            .Where(q => string.IsNullOrEmpty(Oficina) || q.AssignedOffice == Oficina)
            .ToList();
        Commitments = await Features.Commitments.QuestionCommitments.ByQuestionAsync(db, [.. Questions.Select(q => q.Id)], ct);
        LastEventId = await db.QuestionEvents.Where(e => e.ExerciseId == id).MaxAsync(e => (long?)e.Sequence, ct) ?? 0;
        return true;
    }
}
