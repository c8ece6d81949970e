using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Exercises;

namespace Rinde.Features.Questions.Intake;

public static class IntakeApi
{
    public sealed record CreatedQuestion(int Id, int Number, string FollowCode);

    public static RouteGroupBuilder MapQuestionIntakeApi(this RouteGroupBuilder api)
    {
        api.MapPost("/exercises/{id:int}/questions", SubmitAsync).AllowAnonymous().DisableAntiforgery();
        api.MapGet("/exercises/{id:int}/questions/public", PublishedAsync).AllowAnonymous();
        return api;
    }

    private static async Task<Results<Created<CreatedQuestion>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        int id, QuestionSubmission submission, HttpContext http, QuestionReception reception, IntakeDevices devices, CancellationToken ct)
    {
        switch (await reception.ReceiveAsync(id, submission, devices.SenderOf(http), ct))
        {
            case Reception.Received r:
                return TypedResults.Created($"/api/v1/exercises/{id}/questions/{r.Id}", new CreatedQuestion(r.Id, r.Number, r.FollowCode));
            case Reception.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors, detail: "Revise los datos de su pregunta.");
            case Reception.Closed:
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                    detail: "Este ejercicio ya no recibe preguntas. Puede enviar su solicitud por los canales de atención de la entidad.");
            case Reception.TooFast tooFast:
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(tooFast.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, detail: IntakeRateLimiter.TooFast);
            default:
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: "No existe ese ejercicio.");
        }
    }

    private static async Task<Results<Ok<List<PublicQuestions.PublicQuestion>>, ProblemHttpResult>> PublishedAsync(int id, RindeDbContext db, CancellationToken ct)
    {
        if (!await db.Exercises.Public().AnyAsync(e => e.Id == id, ct))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: "No existe ese ejercicio.");
        }
        return TypedResults.Ok(await PublicQuestions.ListAsync(db, id, ct));
    }
}
