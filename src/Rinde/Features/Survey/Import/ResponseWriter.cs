using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Rinde.Data;

namespace Rinde.Features.Survey.Import;

/// <summary>
/// Stores imported rows with plain ADO.NET on the context's connection and transaction: EF's
/// change tracking would take minutes for a million responses. Rows whose import key the
/// exercise already has are left out and not counted as stored.
/// </summary>
public abstract class ResponseWriter(DbConnection connection, DbTransaction transaction, int exerciseId, string origin)
{
    protected DbConnection Connection => connection;
    protected DbTransaction Transaction => transaction;
    protected int ExerciseId => exerciseId;
    protected string Origin => origin;

    /// <summary>Stores the batch; returns how many of its rows were new.</summary>
    public abstract Task<int> WriteAsync(IReadOnlyList<ImportedResponse> batch, CancellationToken ct);

    public static ResponseWriter For(RindeDbContext db, int exerciseId, string origin)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The import writes inside a transaction.");
        return db.Database.IsNpgsql()
            ? new PostgresResponseWriter((Npgsql.NpgsqlConnection)connection, transaction, exerciseId, origin)
            : new SqliteResponseWriter(connection, transaction, exerciseId, origin);
    }

    protected DbCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    protected static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
