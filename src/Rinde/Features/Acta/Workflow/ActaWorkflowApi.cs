using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Accounts;
using Rinde.Features.Exercises;

namespace Rinde.Features.Acta.Workflow;

/// <summary>The acta's state, versions and history, and its transitions (../shared/api.md, Acta workflow).</summary>
public static class ActaWorkflowApi
{
    public sealed record TransitionRequest(ActaState To, string? Comment);
    public sealed record StateView(ActaState State, string? Number);
    public sealed record VersionView(int Version, ActaState State, string Sha256, DateTime ApprovedAt);
    public sealed record HistoryView(ActaState From, ActaState To, string By, DateTime At, string Comment);
    public sealed record ReadinessView(string Text, bool Blocks);
    public sealed record ActaView(ActaState State, string? Number, List<VersionView> Versions, List<HistoryView> History, List<ReadinessView> Readiness);

    public static RouteGroupBuilder MapActaWorkflowApi(this RouteGroupBuilder api)
    {
        api.MapGet("/exercises/{id:int}/acta", GetAsync).RequireExerciseScope();
        api.MapPost("/exercises/{id:int}/acta/transitions", TransitionAsync).RequireExerciseScope().DisableAntiforgery();
        return api;
    }

    private static async Task<Results<Ok<ActaView>, ProblemHttpResult>> GetAsync(int id, RindeDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var exercise = await db.Exercises.AsNoTracking().Where(e => e.Id == id).Select(e => new { e.Status, e.ActaNumber }).FirstOrDefaultAsync(ct);
        if (exercise is null)
        {
            return TypedResults.Problem(statusCode: 404, detail: "No existe ese ejercicio.");
        }
        var versions = await db.Set<ActaVersion>().AsNoTracking().Where(v => v.ExerciseId == id).OrderBy(v => v.Version)
            .Select(v => new { v.Version, v.ApprovedAt, v.DocxFile.Sha256 }).ToListAsync(ct);
        var history = await db.Set<ActaTransition>().AsNoTracking().Where(t => t.ExerciseId == id).OrderBy(t => t.Id)
            .Select(t => new HistoryView(t.From, t.To, t.By, t.At, t.Comment)).ToListAsync(ct);
        // The newest version has the acta's current state; older ones were superseded by it.
        var views = versions.Select((v, i) => new VersionView(v.Version,
            i == versions.Count - 1 ? exercise.Status : ActaState.Aprobada, v.Sha256, v.ApprovedAt)).ToList();
        var readiness = (await ActaReadiness.CheckAsync(db, id, clock, ct))!.Items.Select(i => new ReadinessView(i.Text, i.Blocks)).ToList();
        return TypedResults.Ok(new ActaView(exercise.Status, exercise.ActaNumber, views, history, readiness));
    }

    private static async Task<Results<Ok<StateView>, ValidationProblem, ProblemHttpResult>> TransitionAsync(
        int id, TransitionRequest request, HttpContext http, ActaWorkflow workflow, RindeDbContext db, CancellationToken ct)
    {
        var (outcome, state, readiness) = await workflow.TransitionAsync(id, request.To, request.Comment, http.User, ct);
        var label = state is { } s ? ActaStates.Label(s).ToLowerInvariant() : "";
        return outcome switch
        {
            TransitionOutcome.Done => TypedResults.Ok(new StateView(state!.Value,
                await db.Exercises.Where(e => e.Id == id).Select(e => e.ActaNumber).FirstAsync(ct))),
            TransitionOutcome.NotFound => TypedResults.Problem(statusCode: 404, detail: "No existe ese ejercicio."),
            TransitionOutcome.Forbidden => TypedResults.Problem(statusCode: 403,
                detail: $"Su rol no permite pasar el acta de «{label}» a «{ActaStates.Label(request.To).ToLowerInvariant()}»."),
            TransitionOutcome.CommentRequired => TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["comment"] = ["Diga qué debe corregirse para devolver el acta."] }, detail: "Falta el comentario."),
            // 409 like any other step the acta's state does not allow yet; "missing" lists what blocks it.
            TransitionOutcome.NotReady => TypedResults.Problem(statusCode: 409, detail: readiness!.Refusal,
                extensions: new Dictionary<string, object?> { ["missing"] = readiness.Items.Where(i => i.Blocks).Select(i => i.Text).ToList() }),
            TransitionOutcome.CommentTooLong => TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["comment"] = [$"El comentario admite hasta {ActaWorkflow.MaxComment} caracteres."] }, detail: "El comentario es demasiado largo."),
            TransitionOutcome.NumberTaken => TypedResults.Problem(statusCode: 409,
                detail: "El número que corresponde al acta ya existe. Incluya {año} en el patrón de numeración del formato."),
            _ => TypedResults.Problem(statusCode: 409,
                detail: $"Un acta {label} no puede pasar a «{ActaStates.Label(request.To).ToLowerInvariant()}».")
        };
    }
}
