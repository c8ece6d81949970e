using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Rinde.Features.Survey.Import;

/// <summary>
/// PostgreSQL: binary COPY, which cannot skip conflicting rows, so each batch first asks
/// which of its keys the exercise already has (rows of earlier batches included: they are in
/// the same transaction) and takes its ids from the table's identity sequence, then copies
/// the new responses and their answers.
/// </summary>
public sealed class PostgresResponseWriter(NpgsqlConnection connection, DbTransaction transaction, int exerciseId, string origin)
    : ResponseWriter(connection, transaction, exerciseId, origin)
{
    public override async Task<int> WriteAsync(IReadOnlyList<ImportedResponse> batch, CancellationToken ct)
    {
        var existing = new HashSet<string>(StringComparer.Ordinal);
        await using (var query = Command("""
            SELECT "ImportKey" FROM "SurveyResponses"
            WHERE "ExerciseId" = @exercise AND "DeletedAt" IS NULL AND "ImportKey" = ANY(@keys)
            """))
        {
            Parameter(query, "exercise").Value = ExerciseId;
            Parameter(query, "keys").Value = batch.Select(r => r.Key).ToArray();
            await using var reader = await query.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) existing.Add(reader.GetString(0));
        }
        // The same row twice in one file is one response.
        var fresh = batch.Where(r => existing.Add(r.Key)).ToList();
        if (fresh.Count == 0) return 0;

        var ids = new List<int>(fresh.Count);
        await using (var next = Command("""SELECT nextval(pg_get_serial_sequence('"SurveyResponses"', 'Id'))::int FROM generate_series(1, @count)"""))
        {
            Parameter(next, "count").Value = fresh.Count;
            await using var reader = await next.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt32(0));
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            """COPY "SurveyResponses" ("Id", "ExerciseId", "SubmittedAt", "Origin", "ImportKey") FROM STDIN (FORMAT BINARY)""", ct))
        {
            for (var i = 0; i < fresh.Count; i++)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(ids[i], NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(ExerciseId, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(fresh[i].SubmittedAt, NpgsqlDbType.TimestampTz, ct);
                await copy.WriteAsync(Origin, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(fresh[i].Key, NpgsqlDbType.Text, ct);
            }
            await copy.CompleteAsync(ct);
        }
        await using (var copy = await connection.BeginBinaryImportAsync(
            """COPY "SurveyAnswers" ("SurveyResponseId", "SurveyQuestionId", "SurveyOptionId", "Text") FROM STDIN (FORMAT BINARY)""", ct))
        {
            for (var i = 0; i < fresh.Count; i++)
            {
                foreach (var answer in fresh[i].Answers)
                {
                    await copy.StartRowAsync(ct);
                    await copy.WriteAsync(ids[i], NpgsqlDbType.Integer, ct);
                    await copy.WriteAsync(answer.QuestionId, NpgsqlDbType.Integer, ct);
                    if (answer.OptionId is int option) await copy.WriteAsync(option, NpgsqlDbType.Integer, ct);
                    else await copy.WriteNullAsync(ct);
                    if (answer.Text is { } text) await copy.WriteAsync(text, NpgsqlDbType.Text, ct);
                    else await copy.WriteNullAsync(ct);
                }
            }
            await copy.CompleteAsync(ct);
        }
        return fresh.Count;
    }
}
