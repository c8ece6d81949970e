using Microsoft.AspNetCore.Http.HttpResults;
using Rinde.Features.Accounts;

namespace Rinde.Features.Invitations;

public static class InvitationsApi
{
    public sealed record InvitationRequest(IReadOnlyList<int>? Lists, string? Subject, string? Body);

    public sealed record InvitationCreated(Guid Id);

    /// <summary>state: en_cola, enviando, terminada or fallida.</summary>
    public sealed record InvitationResponse(string State, int Total, int Sent, int Failed);

    public static RouteGroupBuilder MapInvitationsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/exercises/{id:int}/invitations", CreateAsync).RequireExerciseScope().RequireEditor().DisableAntiforgery();
        api.MapGet("/invitations/{id:guid}", GetAsync);
        return api;
    }

    private static async Task<Results<Accepted<InvitationCreated>, ValidationProblem, ProblemHttpResult>> CreateAsync(int id, InvitationRequest request,
        HttpContext http, Invitations invitations, Data.RindeDbContext db, CancellationToken ct)
    {
        if (!await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Exercises, e => e.Id == id, ct))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"No existe el ejercicio {id}.");
        }
        var (created, errors) = await invitations.CreateAsync(id, request.Lists, request.Subject, request.Body, http.User.Identity?.Name ?? "sistema", ct);
        if (created is not Guid key)
        {
            return errors.TryGetValue("exercise", out var frozen)
                ? TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, detail: frozen[0])
                : TypedResults.ValidationProblem(errors);
        }
        return TypedResults.Accepted($"/api/v1/invitations/{key}", new InvitationCreated(key));
    }

    private static async Task<Results<Ok<InvitationResponse>, ProblemHttpResult>> GetAsync(Guid id, Invitations invitations, CancellationToken ct) =>
        await invitations.FindAsync(id, ct) is { } view
            ? TypedResults.Ok(new InvitationResponse(view.StateName, view.Total, view.Sent, view.Failed))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: "No existe esa invitación o su ejercicio no es de sus dependencias.");
}
