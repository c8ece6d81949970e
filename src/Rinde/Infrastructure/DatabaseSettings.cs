namespace Rinde.Infrastructure;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Section <c>Database</c>: which database (<c>Database__Provider</c>, SQLite by default).</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}

/// <summary>
/// The database this node uses, read once at start-up (the one place that reads
/// <c>Database:Provider</c> and the connection strings) and then asked by whoever needs to know:
/// the DbContext, the start-up lock, the desk's LISTEN/NOTIFY, the stored files' bytes.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public bool IsPostgres => Provider == DatabaseProvider.Postgres;

    public static DatabaseSettings Read(IConfiguration configuration, DataDirectory data)
    {
        DatabaseOptions options;
        try
        {
            options = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        }
        catch (InvalidOperationException)
        {
            throw new InvalidOperationException($"Database__Provider '{configuration["Database:Provider"]}' no es válido: use Sqlite o Postgres.");
        }
        return options.Provider switch
        {
            DatabaseProvider.Postgres => new(DatabaseProvider.Postgres, configuration.GetConnectionString("Postgres")
                ?? throw new InvalidOperationException("Database__Provider=Postgres necesita ConnectionStrings__Postgres.")),
            _ => new(DatabaseProvider.Sqlite, configuration.GetConnectionString("Sqlite") ?? $"Data Source={data.DatabasePath}"),
        };
    }
}
