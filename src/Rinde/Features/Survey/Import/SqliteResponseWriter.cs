using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Rinde.Features.Survey.Import;

/// <summary>
/// SQLite: one prepared INSERT OR IGNORE ... RETURNING per response (the unique index on
/// (ExerciseId, ImportKey) drops a row already imported, and no id comes back), then its
/// answers in prepared multi-row INSERTs of <see cref="RowsPerInsert"/> rows.
/// </summary>
public sealed class SqliteResponseWriter : ResponseWriter
{
    private const int RowsPerInsert = 200;

    private readonly DbCommand response;
    private readonly DbParameter submitted, key;
    private readonly DbCommand many;
    private readonly DbCommand one;
    private readonly List<(int Response, ImportedAnswer Answer)> pending = new(RowsPerInsert);

    public SqliteResponseWriter(DbConnection connection, DbTransaction transaction, int exerciseId, string origin)
        : base(connection, transaction, exerciseId, origin)
    {
        response = Command("""
            INSERT OR IGNORE INTO "SurveyResponses" ("ExerciseId", "SubmittedAt", "Origin", "ImportKey")
            VALUES ($exercise, $submitted, $origin, $key) RETURNING "Id"
            """);
        Parameter(response, "$exercise").Value = exerciseId;
        Parameter(response, "$origin").Value = origin;
        submitted = Parameter(response, "$submitted");
        key = Parameter(response, "$key");
        response.Prepare();
        many = AnswerCommand(RowsPerInsert);
        one = AnswerCommand(1);
    }

    public override async Task<int> WriteAsync(IReadOnlyList<ImportedResponse> batch, CancellationToken ct)
    {
        var stored = 0;
        foreach (var row in batch)
        {
            // The format EF Core gives DateTime in SQLite, so that ordering and filters agree.
            submitted.Value = row.SubmittedAt.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
            key.Value = row.Key;
            if (await response.ExecuteScalarAsync(ct) is not long id) continue;
            stored++;
            foreach (var answer in row.Answers)
            {
                pending.Add(((int)id, answer));
                if (pending.Count == RowsPerInsert) await FlushAsync(many, ct);
            }
        }
        var rest = pending.ToArray();
        pending.Clear();
        foreach (var answer in rest)
        {
            pending.Add(answer);
            await FlushAsync(one, ct);
        }
        return stored;
    }

    private async Task FlushAsync(DbCommand command, CancellationToken ct)
    {
        for (var i = 0; i < pending.Count; i++)
        {
            var (responseId, answer) = pending[i];
            command.Parameters[i * 4].Value = responseId;
            command.Parameters[i * 4 + 1].Value = answer.QuestionId;
            command.Parameters[i * 4 + 2].Value = (object?)answer.OptionId ?? DBNull.Value;
            command.Parameters[i * 4 + 3].Value = (object?)answer.Text ?? DBNull.Value;
        }
        await command.ExecuteNonQueryAsync(ct);
        pending.Clear();
    }

    private DbCommand AnswerCommand(int rows)
    {
        var sql = new StringBuilder("""INSERT INTO "SurveyAnswers" ("SurveyResponseId", "SurveyQuestionId", "SurveyOptionId", "Text") VALUES """);
        for (var i = 0; i < rows; i++)
        {
            sql.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ",")}($r{i}, $q{i}, $o{i}, $t{i})");
        }
        var command = Command(sql.ToString());
        for (var i = 0; i < rows; i++)
        {
            foreach (var name in new[] { "$r", "$q", "$o", "$t" })
            {
                Parameter(command, name + i.ToString(CultureInfo.InvariantCulture));
            }
        }
        command.Prepare();
        return command;
    }
}
