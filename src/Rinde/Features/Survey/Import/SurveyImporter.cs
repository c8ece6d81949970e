using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Exercises;
using Rinde.Features.Files;
using Rinde.Features.Survey.Responses.Blocks;

namespace Rinde.Features.Survey.Import;

/// <summary>The outcome: imported (new responses), skipped (already there), rejected rows (at most <see cref="SurveyImporter.MaxRejected"/> listed).</summary>
public sealed record ImportResult(int Imported, int Skipped, IReadOnlyList<RejectedRow> Rejected, int RejectedCount)
{
    public static ImportResult Refused(string reason) => new(0, 0, [new RejectedRow(1, reason)], 1);
}

/// <summary>
/// Imports a survey export into an exercise in one transaction, reading it once as a stream:
/// the first rows recognise new questions, then one thread reads records while another
/// converts them into blocks of packed responses. One unreadable row rolls everything back;
/// the reasons of all are reported.
/// </summary>
public sealed class SurveyImporter(RindeDbContext db, TimeProvider clock, IHttpContextAccessor? http = null)
{
    public const int MaxRejected = 200;
    public const string NotASurveyFile = "El archivo no es un CSV de Google Forms ni un XLSX de Microsoft Forms.";

    /// <summary>How the upload budgets speak of a survey file.</summary>
    public static readonly TableWords Words = new(NotASurveyFile, "respuestas");

    public Task<ImportResult> ImportAsync(string path, int exerciseId, CancellationToken ct = default) =>
        ImportAsync(path, exerciseId, null, null, null, ct);

    /// <param name="user">Who imports, for the audit log; the signed-in user of the request when null.</param>
    /// <param name="progress">Told the number of rows read after each block.</param>
    /// <param name="beforeCommit">
    /// Runs in the import's transaction just before it commits, with the result: a background job
    /// records its end there, so the rows and "done" commit together; if it throws, nothing is imported.
    /// </param>
    public async Task<ImportResult> ImportAsync(string path, int exerciseId, string? user, Action<int>? progress,
        Func<ImportResult, CancellationToken, Task>? beforeCommit, CancellationToken ct)
    {
        try
        {
            return await ImportAsync(path, exerciseId, user, progress, beforeCommit, ordered: true, ct);
        }
        catch (OutOfOrderException)
        {
            // Rolled back: again, keeping every key of the file for the duplicate check.
            db.ChangeTracker.Clear();
            return await ImportAsync(path, exerciseId, user, progress, beforeCommit, ordered: false, ct);
        }
    }

    private async Task<ImportResult> ImportAsync(string path, int exerciseId, string? user, Action<int>? progress,
        Func<ImportResult, CancellationToken, Task>? beforeCommit, bool ordered, CancellationToken ct)
    {
        using var reading = await ImportReading.OpenAsync(db, path, exerciseId, ct);
        if (reading.Problem is { } problem) return ImportResult.Refused(problem);
        var plan = reading.Plan!;
        user ??= http?.HttpContext?.User.Identity?.Name ?? "sistema";

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql()) await FastCompressionAsync(ct);
        // Touching the exercise first takes the write lock (SQLite) or the row lock (PostgreSQL): two imports into one exercise take turns.
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Exercises.Where(e => e.Id == exerciseId).ExecuteUpdateAsync(s => s.SetProperty(e => e.UpdatedAt, now), ct);
        // Checked under that lock: an import started before the approval does not land after it.
        var status = await db.Exercises.Where(e => e.Id == exerciseId).Select(e => e.Status).FirstAsync(ct);
        if (status.IsFrozen()) return ImportResult.Refused(ActaStates.FrozenReason(status));
        var created = plan.Questions.Where(q => q.IsNew).Select(q => q.Question).ToList();
        foreach (var question in created) question.ExerciseId = exerciseId;
        db.SurveyQuestions.AddRange(created);
        await db.SaveChangesAsync(ct);
        var layout = new BlockLayout([.. plan.Questions.Select(q => new BlockSlot(q.Question.Id, [.. q.Question.Options.Select(o => o.Id)]))]);
        var seen = new DuplicateCheck(await ImportKeys.OfExerciseAsync(db, exerciseId, ct), ordered, reading.EstimatedRows(path));

        var converter = reading.Converter();
        var writer = converter.NewWriter();
        var importId = Guid.NewGuid();
        var rejected = new List<RejectedRow>();
        int rejectedCount = 0, imported = 0, read = 0, duplicates = 0;
        using var saver = new BlockSaver(db, ct);
        void Store()
        {
            if (writer.Count == 0) return;
            imported += writer.Count;
            var block = writer.Complete(layout);
            (block.ExerciseId, block.ImportId, block.Origin, block.ImportedAt, block.ImportedBy) = (exerciseId, importId, reading.File!.Origin, now, user);
            progress?.Invoke(read);
            saver.Save(block);
        }

        // One thread packs what the parser's threads prepare; a third saves the blocks.
        var packing = Task.Run(() =>
        {
            foreach (var row in reading.Prepared(converter))
            {
                if (row.Error is { } error)
                {
                    if (++rejectedCount <= MaxRejected) rejected.Add(new RejectedRow(row.Number, error));
                    continue;
                }
                read++;
                if (rejectedCount > 0) continue;
                if (!seen.IsNew(row.Submitted, row.Key, out var key))
                {
                    // Already imported (as many times as the file has it so far).
                    duplicates++;
                    continue;
                }
                writer.Write(row.Submitted, key, row.Cells);
                if (writer.IsFull) Store();
            }
            if (rejectedCount == 0) Store();
        }, ct);
        try
        {
            await packing;
        }
        finally
        {
            // Saving may have failed first (and stopped the packing): its error is the one to see.
            await saver.CompleteAsync();
        }
        if (rejectedCount > 0)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return new ImportResult(0, 0, rejected, rejectedCount);
        }
        // The blocks stay out of the audit log (they are megabytes): one entry says what came in.
        db.AuditEntries.Add(new Audit.AuditEntry
        {
            At = now, User = user, Entity = SurveyImports.AuditEntity, EntityId = exerciseId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Action = "importado",
            After = System.Text.Json.JsonSerializer.Serialize(new { importId, origin = reading.File!.Origin, imported, skipped = duplicates, newQuestions = created.Count }),
        });
        await db.SaveChangesAsync(ct);
        var result = new ImportResult(imported, duplicates, [], 0);
        if (beforeCommit is not null) await beforeCommit(result, ct);
        await transaction.CommitAsync(ct);
        progress?.Invoke(read);
        return result;
    }

    /// <summary>
    /// PostgreSQL compresses large values before storing them; its default (pglz) took a good part
    /// of an import's time. Where the server offers lz4 (PostgreSQL 14 and later, built with it),
    /// this transaction's blocks use it; elsewhere nothing changes.
    /// </summary>
    private async Task FastCompressionAsync(CancellationToken ct)
    {
        var lz4 = await db.Database.SqlQueryRaw<int>(
            "SELECT 1 AS \"Value\" FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)").AnyAsync(ct);
        if (lz4) await db.Database.ExecuteSqlRawAsync("SET LOCAL default_toast_compression = lz4", ct);
    }
}
