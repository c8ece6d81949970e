using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Features.Questions.Intake;

public static class IntakeApi
{
    public sealed record CreatedQuestion(int Id, int Number);

    /// <summary>A question as anyone may read it: no e-mail, no name without consent to publish it.</summary>
    public sealed record PublicQuestion(int Number, string Text, QuestionType Type, string? Theme, string CitizenName,
        string Answer, bool AnsweredLive, DateTime? AnsweredAt);

    public static RouteGroupBuilder MapQuestionIntakeApi(this RouteGroupBuilder api)
    {
        api.MapPost("/exercises/{id:int}/questions", SubmitAsync).AllowAnonymous().DisableAntiforgery();
        api.MapGet("/exercises/{id:int}/questions/public", PublishedAsync).AllowAnonymous();
        return api;
    }

    private static async Task<Results<Created<CreatedQuestion>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        int id, QuestionSubmission submission, HttpContext http, QuestionReception reception, CancellationToken ct)
    {
        switch (await reception.ReceiveAsync(id, submission, http.Connection.RemoteIpAddress, ct))
        {
            case Reception.Received r:
                return TypedResults.Created($"/api/v1/exercises/{id}/questions/{r.Id}", new CreatedQuestion(r.Id, r.Number));
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

    private static async Task<Results<Ok<List<PublicQuestion>>, ProblemHttpResult>> PublishedAsync(int id, RindeDbContext db, CancellationToken ct)
    {
        if (!await db.Exercises.AnyAsync(e => e.Id == id, ct))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: "No existe ese ejercicio.");
        }
        var answered = await db.CitizenQuestions.AsNoTracking().Include(q => q.Theme)
            .Where(q => q.ExerciseId == id && q.Answer != null && !q.Hidden && q.MergedIntoId == null).OrderBy(q => q.Number).ToListAsync(ct);
        return TypedResults.Ok(answered.Select(q => new PublicQuestion(q.Number, q.Text, q.Type, q.Theme?.Name,
            PublicName(q), q.Answer!, q.AnsweredLive, q.AnsweredAt)).ToList());
    }

    /// <summary>Ley 1581 de 2012: a name is published only with the citizen's consent.</summary>
    public static string PublicName(CitizenQuestion q) =>
        q.Anonymous || string.IsNullOrWhiteSpace(q.CitizenName) ? "Anónimo" : q.PublishName ? q.CitizenName : "Ciudadano(a)";
}
