using Microsoft.AspNetCore.Http.HttpResults;
using Rinde.Features.Accounts;

namespace Rinde.Features.Questions.Desk;

/// <summary>POST /questions/{id}/extension and /transfer: 200, 409 with the law's reason, 400 when incomplete.</summary>
public static class LegalTrailApi
{
    public sealed record ExtensionRequest(string? Reason, DateOnly? NewDeadline, int? Version = null);
    public sealed record TransferRequest(string? Entity, string? Reason, int? Version = null);

    public const int MaxText = 2000;

    public static RouteGroupBuilder MapLegalTrailApi(this RouteGroupBuilder api)
    {
        var changes = api.MapGroup("/questions/{questionId:int}").RequireExerciseScope()
            .RequireAuthorization(p => p.RequireRole(Roles.Administrador, Roles.Articulador, Roles.Respondedor))
            .DisableAntiforgery();
        changes.MapPost("/extension", ExtendAsync);
        changes.MapPost("/transfer", TransferAsync);
        return api;
    }

    private static async Task<Results<Ok<DeskQuestionView>, ValidationProblem, ProblemHttpResult>> ExtendAsync(
        int questionId, ExtensionRequest request, DeskActions desk, CancellationToken ct)
    {
        if (Missing("reason", request.Reason, "Escriba el motivo de la prórroga.") is { } invalid)
        {
            return invalid;
        }
        if (request.NewDeadline is not DateOnly newDeadline)
        {
            return Invalid("newDeadline", "Indique la nueva fecha de respuesta (AAAA-MM-DD).");
        }
        return Outcome(await desk.ExtendAsync(questionId, request.Version, newDeadline, request.Reason!, ct));
    }

    private static async Task<Results<Ok<DeskQuestionView>, ValidationProblem, ProblemHttpResult>> TransferAsync(
        int questionId, TransferRequest request, DeskActions desk, CancellationToken ct) =>
        Missing("entity", request.Entity, "Escriba el nombre de la entidad competente.")
        ?? Missing("reason", request.Reason, "Escriba el motivo del traslado.")
        ?? Outcome(await desk.TransferAsync(questionId, request.Version, request.Entity!, request.Reason!, ct));

    private static ValidationProblem? Missing(string field, string? value, string message) =>
        string.IsNullOrWhiteSpace(value) ? Invalid(field, message)
        : value.Length > MaxText ? Invalid(field, $"El texto no puede pasar de {MaxText} caracteres.")
        : null;

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail: message);

    private static Results<Ok<DeskQuestionView>, ValidationProblem, ProblemHttpResult> Outcome(
        (DeskOutcome Outcome, DeskQuestionView? View, string? Refusal) result) => result.Outcome switch
    {
        DeskOutcome.Done => TypedResults.Ok(result.View!),
        DeskOutcome.Conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, detail: DeskActions.ConflictMessage),
        DeskOutcome.Invalid => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "No procede", detail: result.Refusal),
        DeskOutcome.Frozen => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Acta congelada", detail: FrozenDesk.Refusal),
        _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: "No existe esa pregunta."),
    };
}
