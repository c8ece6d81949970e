using Npgsql;

namespace Rinde.Infrastructure;

/// <summary>
/// Nodes started at the same instant on an empty database must not migrate or seed twice (two
/// first administrators, two demos, a crash on the roles' unique index). The whole preparation
/// runs under one lock: a PostgreSQL session advisory lock held on its own connection (released
/// by the server if the node dies), or, for SQLite's single machine, an exclusive lock on a file in
/// the data directory (released by the kernel if the process dies).
/// </summary>
public static class StartupLock
{
    // Any constant both nodes agree on; distinct from EF's own migration lock.
    private const long PostgresKey = 0x52494E4445_01; // "RINDE" 1

    public static async Task<IAsyncDisposable> AcquireAsync(DatabaseSettings database, DataDirectory data, CancellationToken ct)
    {
        if (database.IsPostgres)
        {
            var connection = await OpenCreatingDatabaseAsync(database.ConnectionString, ct);
            // No timeout: the other node may take a while to migrate and load the demo, and its death releases the lock.
            await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({PostgresKey})", connection) { CommandTimeout = 0 };
            await command.ExecuteNonQueryAsync(ct);
            return connection; // closing the session releases the lock
        }
        return await LockFileAsync(Path.Combine(data.Root, "startup.lock"), ct);
    }

    /// <summary>The lock lives in the database, so a new deployment's database is created first; a node that loses that race goes on.</summary>
    private static async Task<NpgsqlConnection> OpenCreatingDatabaseAsync(string connectionString, CancellationToken ct)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(ct);
            return connection;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            await connection.DisposeAsync();
        }
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using (var server = new NpgsqlConnection(maintenance.ConnectionString))
        {
            await server.OpenAsync(ct);
            try
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{target.Database!.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", server);
                await create.ExecuteNonQueryAsync(ct);
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
            {
                // the other node created it a moment earlier
            }
        }
        connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        return connection;
    }

    private static async Task<IAsyncDisposable> LockFileAsync(string path, CancellationToken ct)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(100, ct); // another process is preparing the same data directory
            }
        }
    }
}
