using System.Buffers;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Rinde.Features.Survey.Import;

/// <summary>
/// SQLite: each batch is two statements whose rows come from one JSON parameter (json_each),
/// because binding four parameters per answer through ADO.NET costs more than SQLite's own
/// insert. INSERT OR IGNORE lets the unique index on (ExerciseId, ImportKey) drop rows
/// already imported; RETURNING says which were stored, with their ids, and only those get
/// their answers.
/// </summary>
public sealed class SqliteResponseWriter : ResponseWriter
{
    private readonly DbCommand responses;
    private readonly DbParameter responseRows;
    private readonly DbCommand answers;
    private readonly DbParameter answerRows;
    private readonly ArrayBufferWriter<byte> buffer = new(1 << 20);

    public SqliteResponseWriter(DbConnection connection, DbTransaction transaction, int exerciseId, string origin)
        : base(connection, transaction, exerciseId, origin)
    {
        responses = Command("""
            INSERT OR IGNORE INTO "SurveyResponses" ("ExerciseId", "SubmittedAt", "Origin", "ImportKey")
            SELECT $exercise, json_extract(value, '$[0]'), $origin, json_extract(value, '$[1]') FROM json_each($rows)
            RETURNING "Id", "ImportKey"
            """);
        Parameter(responses, "$exercise").Value = exerciseId;
        Parameter(responses, "$origin").Value = origin;
        responseRows = Parameter(responses, "$rows");
        answers = Command("""
            INSERT INTO "SurveyAnswers" ("SurveyResponseId", "SurveyQuestionId", "SurveyOptionId", "Text")
            SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), json_extract(value, '$[3]')
            FROM json_each($rows)
            """);
        answerRows = Parameter(answers, "$rows");
    }

    public override async Task<int> WriteAsync(IReadOnlyList<ImportedResponse> batch, CancellationToken ct)
    {
        if (batch.Count == 0) return 0;
        responseRows.Value = Json(writer =>
        {
            foreach (var row in batch)
            {
                writer.WriteStartArray();
                // The format EF Core gives DateTime in SQLite, so that ordering and filters agree.
                writer.WriteStringValue(row.SubmittedAt.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
                writer.WriteStringValue(row.Key);
                writer.WriteEndArray();
            }
        });
        var stored = new Dictionary<string, long>(batch.Count, StringComparer.Ordinal);
        await using (var reader = await responses.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct)) stored[reader.GetString(1)] = reader.GetInt64(0);
        }
        var count = stored.Count;
        answerRows.Value = Json(writer =>
        {
            foreach (var row in batch)
            {
                // Remove: a row repeated in the file gets its answers once.
                if (!stored.Remove(row.Key, out var id)) continue;
                foreach (var answer in row.Answers)
                {
                    writer.WriteStartArray();
                    writer.WriteNumberValue(id);
                    writer.WriteNumberValue(answer.QuestionId);
                    if (answer.OptionId is int option) writer.WriteNumberValue(option);
                    else writer.WriteNullValue();
                    if (answer.Text is { } text) writer.WriteStringValue(text);
                    else writer.WriteNullValue();
                    writer.WriteEndArray();
                }
            }
        });
        await answers.ExecuteNonQueryAsync(ct);
        return count;
    }

    private string Json(Action<Utf8JsonWriter> rows)
    {
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            rows(writer);
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
