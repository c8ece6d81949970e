using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Accounts;
using Rinde.Features.Acta;
using Rinde.Features.Exercises.Document;
using Rinde.Infrastructure;

namespace Rinde.Features.Exercises;

/// <summary>The exercise as one JSON document (../shared/api.md, Exercises).</summary>
public static class ExercisesApi
{
    public sealed record Summary(int Id, string Title, DependencyRef Dependency, DateOnly Date, ActaState Status);

    public sealed record Created(int Id);

    public static RouteGroupBuilder MapExercisesApi(this RouteGroupBuilder api)
    {
        var exercises = api.MapGroup("/exercises").DisableAntiforgery();
        exercises.MapGet("", ListAsync);
        exercises.MapGet("/{id:int}", GetAsync).RequireExerciseScope();
        exercises.MapPost("", CreateAsync).RequireEditor();
        exercises.MapPut("/{id:int}", ReplaceAsync).RequireExerciseScope().RequireEditor();
        return api;
    }

    private static async Task<Ok<List<Summary>>> ListAsync(RindeDbContext db, StaffScope scope, CancellationToken ct) =>
        TypedResults.Ok(await (await scope.VisibleAsync(db.Exercises, ct)).OrderByDescending(e => e.Date).ThenBy(e => e.Id)
            .Select(e => new Summary(e.Id, e.Title, new DependencyRef(e.Dependency.Code, e.Dependency.Name), e.Date, e.Status))
            .ToListAsync(ct));

    private static async Task<Results<Ok<ExerciseDocument>, ProblemHttpResult>> GetAsync(int id, RindeDbContext db, CancellationToken ct) =>
        await db.LoadCompleteAsync(id, ct: ct) is { } exercise
            ? TypedResults.Ok(ExerciseDocumentMapper.ToDocument(exercise))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: "No existe ese ejercicio.");

    private static async Task<Results<Created<Created>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        ExerciseDocument document, RindeDbContext db, StaffScope scope, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await InvalidAsync(document, db, clock.GetUtcNow().UtcDateTime, clock, ct) is { } invalid)
        {
            return invalid;
        }
        if (!await MayUseDependencyAsync(document, db, scope, ct))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
                detail: $"No puede crear ejercicios de la dependencia {document.Dependency.Code}.");
        }
        var exercise = new Exercise { Title = document.Title, Status = ActaState.Borrador };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Exercises.Add(exercise);
        await ExerciseDocumentImporter.ApplyAsync(document, exercise, db, clock.GetUtcNow().UtcDateTime, user.Identity?.Name ?? "sistema", ct);
        await transaction.CommitAsync(ct);
        return TypedResults.Created($"/api/v1/exercises/{exercise.Id}", new Created(exercise.Id));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ReplaceAsync(
        int id, ExerciseDocument document, RindeDbContext db, StaffScope scope, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var exercise = await db.LoadCompleteAsync(id, imports: false, ct);
        if (exercise is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: "No existe ese ejercicio.");
        }
        if (exercise.Status.IsFrozen())
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                detail: $"El acta está {ActaStates.Label(exercise.Status).ToLowerInvariant()}: el ejercicio ya no se puede cambiar.");
        }
        if (await InvalidAsync(document, db, exercise.CreatedAt, clock, ct) is { } invalid)
        {
            return invalid;
        }
        if (!await MayUseDependencyAsync(document, db, scope, ct))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
                detail: $"No puede pasar el ejercicio a la dependencia {document.Dependency.Code}.");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await ExerciseDocumentImporter.ApplyAsync(document, exercise, db, clock.GetUtcNow().UtcDateTime, user.Identity?.Name ?? "sistema", ct);
        await transaction.CommitAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<ValidationProblem?> InvalidAsync(ExerciseDocument document, RindeDbContext db, DateTime createdAt, TimeProvider clock, CancellationToken ct)
    {
        var errors = await ExerciseDocumentValidator.ValidateAsync(document, db, createdAt, ColombiaTime.Today(clock), ct);
        return errors.Count == 0 ? null : TypedResults.ValidationProblem(errors, detail: "El documento del ejercicio tiene datos inválidos.");
    }

    private static async Task<bool> MayUseDependencyAsync(ExerciseDocument document, RindeDbContext db, StaffScope scope, CancellationToken ct)
    {
        if (scope.SeesAll)
        {
            return true;
        }
        var id = await db.Dependencies.Where(d => d.Code == document.Dependency.Code).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
        return id is int existing && await scope.CanUseDependencyAsync(existing, ct);
    }
}
