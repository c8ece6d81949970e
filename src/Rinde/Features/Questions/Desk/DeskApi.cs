using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Features.Questions.Desk;

public static class DeskApi
{
    public sealed record AnswerRequest(string? Text, bool AnsweredLive);

    public static RouteGroupBuilder MapQuestionDeskApi(this RouteGroupBuilder api)
    {
        api.MapGet("/exercises/{id:int}/questions", ListAsync);
        api.MapGet("/exercises/{id:int}/questions/stream", Stream);
        api.MapPost("/questions/{questionId:int}/answer", AnswerAsync).DisableAntiforgery();
        return api;
    }

    private static async Task<Results<Ok<List<DeskQuestionView>>, ProblemHttpResult>> ListAsync(int id, RindeDbContext db, CancellationToken ct)
    {
        if (!await db.Exercises.AnyAsync(e => e.Id == id, ct))
        {
            return TypedResults.Problem(statusCode: 404, detail: "No existe ese ejercicio.");
        }
        var questions = await db.CitizenQuestions.AsNoTracking().Include(q => q.Theme)
            .Where(q => q.ExerciseId == id).OrderBy(q => q.Number).ToListAsync(ct);
        return TypedResults.Ok(questions.Select(DeskQuestionView.From).ToList());
    }

    /// <summary>
    /// The live queue. Every event's id is its sequence in the exercise; a desk reconnecting
    /// with Last-Event-ID first gets what it missed from the database, then live events.
    /// </summary>
    private static ServerSentEventsResult<object> Stream(
        int id, HttpContext http, RindeDbContext db, DeskBroadcaster broadcaster, CancellationToken ct)
    {
        var header = http.Request.Headers["Last-Event-ID"].ToString();
        var query = http.Request.Query["lastEventId"].ToString();
        var lastSeen = long.TryParse(header.Length > 0 ? header : query, out var last) ? last : 0;
        return TypedResults.ServerSentEvents(Events(id, lastSeen, db, broadcaster, ct));
    }

    private static async IAsyncEnumerable<SseItem<object>> Events(
        int exerciseId, long lastSeen, RindeDbContext db, DeskBroadcaster broadcaster, [EnumeratorCancellation] CancellationToken ct)
    {
        // Subscribe before reading the backlog so nothing committed in between is lost.
        using var subscription = broadcaster.Subscribe(exerciseId);
        // A first event without id sends the headers at once (EventSource opens) and tells the
        // desk where it resumes; having no id, it does not move the browser's Last-Event-ID.
        yield return new SseItem<object>(new { exerciseId, lastEventId = lastSeen }, "conectado");
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
        int questionId, AnswerRequest request, HttpContext http, QuestionAnswering answering, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["Escriba la respuesta."] },
                detail: "La respuesta está vacía.");
        }
        var view = await answering.AnswerAsync(questionId, request.Text, request.AnsweredLive, http.User.Identity?.Name, ct);
        return view is null ? TypedResults.Problem(statusCode: 404, detail: "No existe esa pregunta.") : TypedResults.Ok(view);
    }
}
