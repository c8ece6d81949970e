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

        Copy(fresh, ids);
        return fresh.Count;
    }

    /// <summary>Synchronous on purpose: an await per value costs more than the copy itself.</summary>
    private void Copy(List<ImportedResponse> fresh, List<int> ids)
    {
        using (var copy = connection.BeginBinaryImport(
            """COPY "SurveyResponses" ("Id", "ExerciseId", "SubmittedAt", "Origin", "ImportKey") FROM STDIN (FORMAT BINARY)"""))
        {
            for (var i = 0; i < fresh.Count; i++)
            {
                copy.StartRow();
                copy.Write(ids[i], NpgsqlDbType.Integer);
                copy.Write(ExerciseId, NpgsqlDbType.Integer);
                copy.Write(fresh[i].SubmittedAt, NpgsqlDbType.TimestampTz);
                copy.Write(Origin, NpgsqlDbType.Text);
                copy.Write(fresh[i].Key, NpgsqlDbType.Text);
            }
            copy.Complete();
        }
        using (var copy = connection.BeginBinaryImport(
            """COPY "SurveyAnswers" ("SurveyResponseId", "SurveyQuestionId", "SurveyOptionId", "Text") FROM STDIN (FORMAT BINARY)"""))
        {
            for (var i = 0; i < fresh.Count; i++)
            {
                foreach (var answer in fresh[i].Answers)
                {
                    copy.StartRow();
                    copy.Write(ids[i], NpgsqlDbType.Integer);
                    copy.Write(answer.QuestionId, NpgsqlDbType.Integer);
                    if (answer.OptionId is int option) copy.Write(option, NpgsqlDbType.Integer);
                    else copy.WriteNull();
                    if (answer.Text is { } text) copy.Write(text, NpgsqlDbType.Text);
                    else copy.WriteNull();
                }
            }
            copy.Complete();
        }
    }
}
