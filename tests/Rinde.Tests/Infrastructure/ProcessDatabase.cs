using Microsoft.EntityFrameworkCore;
using Npgsql;
using Rinde.Data;

namespace Rinde.Tests.Infrastructure;

/// <summary>
/// The database of Rinde running as real processes (<see cref="RindeProcess"/>): a SQLite file
/// in one data directory, or a new PostgreSQL database that every node shares; dropped at the end.
/// </summary>
public sealed class ProcessDatabase : IAsyncDisposable
{
    private readonly string? _postgres;
    private readonly string _sqliteDir = "";

    private ProcessDatabase(string? postgres, string sqliteDir) => (_postgres, _sqliteDir) = (postgres, sqliteDir);

    public static ProcessDatabase Sqlite() => new(null, Directory.CreateTempSubdirectory("rinde-process-").FullName);

    public static ProcessDatabase Postgres() => new("rinde_process_" + Guid.NewGuid().ToString("N")[..10], "");

    public string PostgresConnection => new NpgsqlConnectionStringBuilder(PostgresFactory.ServerConnection) { Database = _postgres }.ConnectionString;

    /// <summary>
    /// The environment of one more process on this database: on PostgreSQL each gets a data
    /// directory of its own, as each node of a deployment has; SQLite's lives in its one directory.
    /// </summary>
    public Dictionary<string, string> Environment() => _postgres is null
        ? new() { ["RINDE_DATA_DIR"] = _sqliteDir }
        : new()
        {
            ["RINDE_DATA_DIR"] = Directory.CreateTempSubdirectory("rinde-node-").FullName,
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Postgres"] = PostgresConnection,
        };

    /// <summary>A context on the database, to arrange and to check from outside the processes.</summary>
    public RindeDbContext Open() => _postgres is null
        ? new SqliteRindeDbContext(new DbContextOptionsBuilder<SqliteRindeDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_sqliteDir, "rinde.db")}").Options)
        : new PostgresRindeDbContext(new DbContextOptionsBuilder<PostgresRindeDbContext>().UseNpgsql(PostgresConnection).Options);

    public async ValueTask DisposeAsync()
    {
        if (_postgres is null)
        {
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await using var server = new NpgsqlConnection(PostgresFactory.ServerConnection);
        await server.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgres} WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync();
    }
}
