using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Questions.Desk;

namespace Rinde.Features.Questions.Intake;

/// <summary>
/// Stores citizens' questions with group commit: requests wait while one writer commits them
/// in batches, one transaction (one fsync) per batch. A request gets its number only after
/// the commit, so a 201 always means the question survives a crash.
/// </summary>
public sealed class QuestionIntake(IServiceScopeFactory scopes, DeskBroadcaster broadcaster, TimeProvider clock,
    ILogger<QuestionIntake> logger) : BackgroundService
{
    private const int MaxBatch = 256;

    private readonly Channel<PendingQuestion> _queue = Channel.CreateBounded<PendingQuestion>(
        new BoundedChannelOptions(20_000) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Stores the question; <paramref name="themeName"/> only labels it on the desks.</summary>
    public async Task<(int Id, int Number)> SubmitAsync(CitizenQuestion question, string? themeName, CancellationToken ct)
    {
        var pending = new PendingQuestion(question, themeName);
        await _queue.Writer.WriteAsync(pending, ct);
        return await pending.Done.Task.WaitAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingQuestion>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync(stoppingToken))
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }
            try
            {
                var messages = await CommitAsync(batch, stoppingToken);
                Infrastructure.Telemetry.QuestionsReceived.Add(batch.Count);
                broadcaster.Publish(messages);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "No se pudo guardar un lote de {Count} preguntas", batch.Count);
                foreach (var pending in batch)
                {
                    pending.Done.TrySetException(ex);
                }
            }
            batch.Clear();
        }
    }

    private async Task<List<DeskEventMessage>> CommitAsync(List<PendingQuestion> batch, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RindeDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var events = new List<QuestionEvent>(batch.Count);
        foreach (var group in batch.GroupBy(p => p.Question.ExerciseId))
        {
            var items = group.ToList();
            var (lastNumber, lastSequence) = await DeskEvents.ReserveAsync(db, group.Key, items.Count, items.Count, ct);
            for (var i = 0; i < items.Count; i++)
            {
                var question = items[i].Question;
                question.Number = lastNumber - items.Count + 1 + i;
                question.ReceivedAt = now;
                // The question rides along with its event: one SaveChanges stores both.
                var ev = new QuestionEvent
                {
                    ExerciseId = group.Key, Sequence = lastSequence - items.Count + 1 + i,
                    Kind = QuestionEventKinds.Received, At = now, Question = question,
                };
                db.QuestionEvents.Add(ev);
                events.Add(ev);
            }
        }
        await db.SaveChangesAsync(ct);
        await DeskNotifications.NotifyAsync(db, broadcaster, batch.Select(p => p.Question.ExerciseId), ct);
        await transaction.CommitAsync(ct);

        var messages = new List<DeskEventMessage>(events.Count);
        var pendingOf = batch.ToDictionary(p => p.Question); // entities compare by reference
        foreach (var ev in events)
        {
            var pending = pendingOf[ev.Question];
            pending.Done.TrySetResult((ev.Question.Id, ev.Question.Number));
            var view = DeskQuestionView.From(ev.Question) with { Theme = pending.ThemeName };
            messages.Add(new DeskEventMessage(ev.Sequence, ev.Kind, ev.ExerciseId, view));
        }
        return messages;
    }

    private sealed record PendingQuestion(CitizenQuestion Question, string? ThemeName)
    {
        public TaskCompletionSource<(int Id, int Number)> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
