using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Features.Questions.Intake;

public static class IntakeApi
{
    public sealed record Created(int Id, int Number);

    public static RouteGroupBuilder MapQuestionIntakeApi(this RouteGroupBuilder api)
    {
        api.MapPost("/exercises/{id:int}/questions", SubmitAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(IntakeSetup.RateLimitPolicy);
        api.MapGet("/exercises/{id:int}/questions/public", PublishedAsync).AllowAnonymous();
        return api;
    }

    private static async Task<Results<Created<Created>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        int id, QuestionSubmission submission, RindeDbContext db, QuestionIntake intake, TimeProvider clock, CancellationToken ct)
    {
        var exercise = await db.Exercises.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new { e.Date, e.QuestionsCloseAt, Themes = e.Themes.Select(t => new { t.Id, t.Name }).ToList() })
            .FirstOrDefaultAsync(ct);
        if (exercise is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: "No existe ese ejercicio.");
        }
        if (!IntakeWindow.IsOpen(exercise.Date, exercise.QuestionsCloseAt, clock.GetUtcNow()))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                detail: "Este ejercicio ya no recibe preguntas. Puede enviar su solicitud por los canales de atención de la entidad.");
        }
        var errors = submission.Validate(exercise.Themes.Select(t => t.Name).ToList());
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, detail: "Revise los datos de su pregunta.");
        }

        var themeName = submission.Theme?.Trim();
        var question = new CitizenQuestion
        {
            ExerciseId = id,
            Text = submission.Text!.Trim(),
            Type = submission.Type,
            ThemeId = exercise.Themes.FirstOrDefault(t => t.Name == themeName)?.Id,
            Anonymous = submission.Anonymous,
            CitizenName = submission.Anonymous ? null : Blank(submission.CitizenName),
            Email = submission.Anonymous ? null : Blank(submission.Email),
            Consent = submission.Consent,
            PublishName = !submission.Anonymous && submission.Consent && submission.PublishName,
            Channel = QuestionChannel.FormularioWeb,
            Deadline = QuestionDeadlines.DueDate(submission.Type, exercise.Date),
        };
        var (questionId, number) = await intake.SubmitAsync(question, ct);
        return TypedResults.Created($"/api/v1/exercises/{id}/questions/{questionId}", new Created(questionId, number));
    }

    /// <summary>A question as anyone may read it: no e-mail, no name without consent to publish it.</summary>
    public sealed record PublicQuestion(int Number, string Text, QuestionType Type, string? Theme, string CitizenName,
        string Answer, bool AnsweredLive, DateTime? AnsweredAt);

    private static async Task<Results<Ok<List<PublicQuestion>>, ProblemHttpResult>> PublishedAsync(int id, RindeDbContext db, CancellationToken ct)
    {
        if (!await db.Exercises.AnyAsync(e => e.Id == id, ct))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: "No existe ese ejercicio.");
        }
        var answered = await db.CitizenQuestions.AsNoTracking().Include(q => q.Theme)
            .Where(q => q.ExerciseId == id && q.Answer != null).OrderBy(q => q.Number).ToListAsync(ct);
        return TypedResults.Ok(answered.Select(q => new PublicQuestion(q.Number, q.Text, q.Type, q.Theme?.Name,
            PublicName(q), q.Answer!, q.AnsweredLive, q.AnsweredAt)).ToList());
    }

    /// <summary>Ley 1581 de 2012: a name is published only with the citizen's consent.</summary>
    public static string PublicName(CitizenQuestion q) =>
        q.Anonymous || string.IsNullOrWhiteSpace(q.CitizenName) ? "Anónimo" : q.PublishName ? q.CitizenName : "Ciudadano(a)";

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
