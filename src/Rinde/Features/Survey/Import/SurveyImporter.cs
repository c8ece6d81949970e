using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Features.Survey.Import;

public sealed record RejectedRow(int Row, string Reason);

/// <summary>The outcome: imported (new responses), skipped (already there), rejected rows (at most <see cref="SurveyImporter.MaxRejected"/> listed).</summary>
public sealed record ImportResult(int Imported, int Skipped, IReadOnlyList<RejectedRow> Rejected, int RejectedCount)
{
    public static ImportResult Refused(string reason) => new(0, 0, [new RejectedRow(1, reason)], 1);
}

/// <summary>
/// Imports a survey export into an exercise in one transaction, reading it once as a stream:
/// the first rows recognise new questions, then every row is converted and written in
/// batches. One unreadable row rolls everything back; the reasons of all are reported.
/// </summary>
public sealed class SurveyImporter(RindeDbContext db, TimeProvider clock, IHttpContextAccessor? http = null)
{
    public const int MaxRejected = 200;
    public const int BatchSize = 5_000;
    public const string NotASurveyFile = "El archivo no es un CSV de Google Forms ni un XLSX de Microsoft Forms.";

    public Task<ImportResult> ImportAsync(string path, int exerciseId, CancellationToken ct = default) =>
        ImportAsync(path, exerciseId, null, null, ct);

    /// <param name="user">Who imports, for the audit log; the signed-in user of the request when null.</param>
    /// <param name="progress">Told the number of rows read after each batch.</param>
    public async Task<ImportResult> ImportAsync(string path, int exerciseId, string? user, Action<int>? progress, CancellationToken ct)
    {
        using var reading = await ImportReading.OpenAsync(db, path, exerciseId, ct);
        if (reading.Problem is { } problem) return ImportResult.Refused(problem);
        var plan = reading.Plan!;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Touching the exercise first takes the write lock (SQLite) or the row lock (PostgreSQL): two imports into one exercise take turns.
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Exercises.Where(e => e.Id == exerciseId).ExecuteUpdateAsync(s => s.SetProperty(e => e.UpdatedAt, now), ct);
        var created = plan.Questions.Where(q => q.IsNew).Select(q => q.Question).ToList();
        foreach (var question in created) question.ExerciseId = exerciseId;
        db.SurveyQuestions.AddRange(created);
        await db.SaveChangesAsync(ct);
        foreach (var question in plan.Questions) question.IndexOptions();

        var writer = ResponseWriter.For(db, exerciseId, reading.File!.Origin);
        var converter = reading.Converter();
        var rejected = new List<RejectedRow>();
        var rejectedCount = 0;
        var batch = new List<ImportedResponse>(BatchSize);
        int imported = 0, read = 0;
        foreach (var row in reading.Records())
        {
            var response = converter.Convert(row, out var error);
            if (response is null)
            {
                if (++rejectedCount <= MaxRejected) rejected.Add(new RejectedRow(row.Number, error!));
                continue;
            }
            if (rejectedCount > 0) continue;
            read++;
            batch.Add(response);
            if (batch.Count == BatchSize)
            {
                imported += await writer.WriteAsync(batch, ct);
                batch.Clear();
                progress?.Invoke(read);
            }
        }
        if (rejectedCount > 0)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return new ImportResult(0, 0, rejected, rejectedCount);
        }
        imported += await writer.WriteAsync(batch, ct);
        // The rows went in without EF, so the audit interceptor did not see them: one entry says what came in.
        db.AuditEntries.Add(new Audit.AuditEntry
        {
            At = now, User = user ?? http?.HttpContext?.User.Identity?.Name ?? "sistema", Entity = "SurveyImport", EntityId = exerciseId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Action = "importado",
            After = System.Text.Json.JsonSerializer.Serialize(new { origin = reading.File!.Origin, imported, skipped = read - imported, newQuestions = created.Count }),
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        progress?.Invoke(read);
        if (imported > 10_000 && db.Database.IsNpgsql())
        {
            // Fresh statistics, or PostgreSQL plans the results' queries for the tables as they were before.
            await db.Database.ExecuteSqlRawAsync("""ANALYZE "SurveyResponses", "SurveyAnswers" """, ct);
        }
        return new ImportResult(imported, read - imported, [], 0);
    }
}
