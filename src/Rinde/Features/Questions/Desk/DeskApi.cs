using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Accounts;
using Rinde.Infrastructure;

namespace Rinde.Features.Questions.Desk;

public static class DeskApi
{
    /// <summary>Replace: an existing answer is replaced only when asked (see DeskActions.AnswerAsync).</summary>
    public sealed record AnswerRequest(string? Text, bool AnsweredLive, int? Version = null, bool Replace = false);
    public sealed record AssignRequest(string? DependencyCode, string? Person, int? Version = null);
    public sealed record HideRequest(string? Reason, int? Version = null);
    public sealed record MergeRequest(int IntoNumber, int? Version = null);
    public sealed record VersionRequest(int? Version = null);
    public sealed record CommitmentRequest(string? Description, string? Owner, DateOnly? DueDate, int? Version = null);

    public static RouteGroupBuilder MapQuestionDeskApi(this RouteGroupBuilder api)
    {
        // A sub-unit assigned questions of the exercise reads and answers those (StaffScope.AnswersAssignedOnlyAsync).
        api.MapGet("/exercises/{id:int}/questions", ListAsync).RequireExerciseScope(assigned: true);
        api.MapGet("/exercises/{id:int}/questions/stream", Stream).RequireExerciseScope(assigned: true);
        api.MapPost("/questions/{questionId:int}/answer", AnswerAsync).RequireExerciseScope(assigned: true).RequireAnswerer().DisableAntiforgery();
        var changes = api.MapGroup("/questions/{questionId:int}").RequireExerciseScope().RequireAnswerer().DisableAntiforgery();
        changes.MapPost("/assign", AssignAsync);
        changes.MapPost("/hide", HideAsync);
        changes.MapPost("/merge", MergeAsync);
        changes.MapPost("/unmerge", UnmergeAsync);
        changes.MapPost("/unhide", UnhideAsync);
        changes.MapPost("/commitment", CommitmentAsync);
        return api;
    }

    private static async Task<Results<Ok<List<DeskQuestionView>>, ProblemHttpResult>> ListAsync(int id, RindeDbContext db, StaffScope scope, CancellationToken ct)
    {
        if (!await db.Exercises.AnyAsync(e => e.Id == id, ct))
        {
            return TypedResults.Problem(statusCode: 404, detail: "No existe ese ejercicio.");
        }
        var questions = await (await DeskQuestionsAsync(db, scope, id, ct)).AsNoTracking().Include(q => q.Theme).Include(q => q.AssignedDependency)
            .OrderBy(q => q.Number).ToListAsync(ct);
        return TypedResults.Ok(questions.Select(DeskQuestionView.From).ToList());
    }

    /// <summary>The exercise's questions this person's desk holds: all, or for a sub-unit answering for its parent, those assigned to it.</summary>
    public static async Task<IQueryable<CitizenQuestion>> DeskQuestionsAsync(RindeDbContext db, StaffScope scope, int exerciseId, CancellationToken ct)
    {
        var questions = db.CitizenQuestions.Where(q => q.ExerciseId == exerciseId);
        return await scope.CanSeeExerciseAsync(exerciseId, ct) ? questions : await scope.AssignedAsync(questions, ct);
    }

    /// <summary>
    /// The live queue. Every event's id is its sequence in the exercise; a desk reconnecting
    /// with Last-Event-ID first gets what it missed from the database, then live events.
    /// </summary>
    private static async Task<ServerSentEventsResult<object>> Stream(
        int id, HttpContext http, RindeDbContext db, StaffScope scope, DeskBroadcaster broadcaster, IHostApplicationLifetime lifetime, CancellationToken ct)
    {
        var header = http.Request.Headers["Last-Event-ID"].ToString();
        var query = http.Request.Query["lastEventId"].ToString();
        var lastSeen = long.TryParse(header.Length > 0 ? header : query, out var last) ? last : 0;
        // A sub-unit answering for its parent hears only of the questions assigned to it.
        IReadOnlySet<int>? only = await scope.CanSeeExerciseAsync(id, ct) ? null : await scope.DependencyIdsAsync(ct);
        return TypedResults.ServerSentEvents(Events(id, lastSeen, db, broadcaster, ct)
            .Where(item => only is null || item.Data is not DeskEventMessage m || m.Question.AssignedDependencyId is int d && only.Contains(d))
            .UntilShutdown(lifetime, ct));
    }

    private static async IAsyncEnumerable<SseItem<object>> Events(
        int exerciseId, long lastSeen, RindeDbContext db, DeskBroadcaster broadcaster, [EnumeratorCancellation] CancellationToken ct)
    {
        // Subscribe before reading the backlog so nothing committed in between is lost.
        using var subscription = broadcaster.Subscribe(exerciseId);
        // A first event without id sends the headers at once (EventSource opens) and tells the
        // desk where it resumes; having no id, it does not move the browser's Last-Event-ID.
        // retry: a browser whose node died comes back after 1 s, not its default 3 s (bench «nodes»).
        yield return new SseItem<object>(new { exerciseId, lastEventId = lastSeen }, "conectado") { ReconnectionInterval = TimeSpan.FromSeconds(1) };
        var backlog = await DeskEventStore.ReadAfterAsync(db, exerciseId, lastSeen, ct);
        foreach (var message in backlog)
        {
            lastSeen = message.Sequence;
            yield return Item(message);
        }
        await foreach (var message in subscription.Reader.ReadAllAsync(ct))
        {
            if (message is not null && message.Sequence == lastSeen + 1)
            {
                lastSeen = message.Sequence;
                yield return Item(message);
                continue;
            }
            if (message is not null && message.Sequence <= lastSeen)
            {
                continue;
            }
            // A poke, or a gap (events committed by another node or dropped for a slow desk).
            foreach (var missed in await DeskEventStore.ReadAfterAsync(db, exerciseId, lastSeen, ct))
            {
                lastSeen = missed.Sequence;
                yield return Item(missed);
            }
        }
    }

    private static SseItem<object> Item(DeskEventMessage message) =>
        new(message, "pregunta") { EventId = message.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private static async Task<Results<Ok<DeskQuestionView>, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        int questionId, AnswerRequest request, HttpContext http, DeskActions desk, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            return Invalid("text", "Escriba la respuesta.");
        }
        var result = await desk.AnswerAsync(questionId, request.Version, request.Text, request.AnsweredLive, http.User.Identity?.Name, ct, request.Replace);
        return Outcome(result, conflict: DeskActions.ConflictFor(result.Item2, answering: true));
    }

    private static async Task<Results<Ok<DeskQuestionView>, ValidationProblem, ProblemHttpResult>> AssignAsync(
        int questionId, AssignRequest request, RindeDbContext db, DeskActions desk, CancellationToken ct)
    {
        int? dependencyId = null;
        if (!string.IsNullOrWhiteSpace(request.DependencyCode))
        {
            dependencyId = await db.Dependencies.Where(d => d.Code == request.DependencyCode).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
            if (dependencyId is null)
            {
                return Invalid("dependencyCode", $"No existe la dependencia con código {request.DependencyCode}.");
            }
        }
        return Outcome(await desk.AssignAsync(questionId, request.Version, dependencyId, request.Person, ct));
    }

    private static async Task<Results<Ok<DeskQuestionView>, ValidationProblem, ProblemHttpResult>> HideAsync(
        int questionId, HideRequest request, HttpContext http, DeskActions desk, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(request.Reason)
            ? Invalid("reason", "Escriba el motivo para ocultar el mensaje.")
            : Outcome(await desk.HideAsync(questionId, request.Version, request.Reason, http.User.Identity?.Name, ct));

    private static async Task<Results<Ok<DeskQuestionView>, ValidationProblem, ProblemHttpResult>> MergeAsync(
        int questionId, MergeRequest request, DeskActions desk, CancellationToken ct) =>
        Outcome(await desk.MergeAsync(questionId, request.Version, request.IntoNumber, ct),
            "No hay otra pregunta con ese número en el ejercicio.");

    private static async Task<Results<Ok<DeskQuestionView>, ValidationProblem, ProblemHttpResult>> UnmergeAsync(
        int questionId, VersionRequest? request, DeskActions desk, CancellationToken ct) =>
        Outcome(await desk.UnmergeAsync(questionId, request?.Version, ct), NotMerged);

    private static async Task<Results<Ok<DeskQuestionView>, ValidationProblem, ProblemHttpResult>> UnhideAsync(
        int questionId, VersionRequest? request, DeskActions desk, CancellationToken ct) =>
        Outcome(await desk.ShowAsync(questionId, request?.Version, ct), NotHidden);

    public const string NotMerged = "Esa pregunta no está marcada como duplicada.";
    public const string NotHidden = "Ese mensaje no está oculto.";

    private static async Task<Results<Ok<DeskQuestionView>, ValidationProblem, ProblemHttpResult>> CommitmentAsync(
        int questionId, CommitmentRequest request, DeskActions desk, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(request.Description) || string.IsNullOrWhiteSpace(request.Owner)
            ? Invalid("description", "Escriba qué se compromete a hacer y quién es el responsable.")
            : Outcome(await desk.CommitAsync(questionId, request.Version, request.Description, request.Owner, request.DueDate, ct));

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail: message);

    private static Results<Ok<DeskQuestionView>, ValidationProblem, ProblemHttpResult> Outcome(
        (DeskOutcome Outcome, DeskQuestionView? View) result, string invalid = "La operación no es válida.",
        string conflict = DeskActions.ConflictMessage) => result.Outcome switch
    {
        DeskOutcome.Done => TypedResults.Ok(result.View!),
        // The 409 carries the question as it is now, so a client can show it beside what was typed.
        DeskOutcome.Conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, detail: conflict,
            extensions: new Dictionary<string, object?> { ["question"] = result.View }),
        DeskOutcome.Invalid => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [""] = [invalid] }, detail: invalid),
        DeskOutcome.Frozen => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Acta congelada", detail: FrozenDesk.Refusal),
        _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: "No existe esa pregunta."),
    };
}
