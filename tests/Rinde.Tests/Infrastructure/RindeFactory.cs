using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Rinde.Data;

namespace Rinde.Tests.Infrastructure;

/// <summary>
/// Rinde in-process against a real database: a fresh SQLite file or a fresh PostgreSQL
/// database per factory, a fresh RINDE_DATA_DIR, and a known administrator.
/// </summary>
public abstract class RindeFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@pruebas.gov.co";
    public const string AdminPassword = "Clave-de-prueba-123";

    protected RindeFactory()
    {
        DataDir = Directory.CreateTempSubdirectory("rinde-test-").FullName;
    }

    public string DataDir { get; }

    /// <summary>Extra configuration, set before the first client is created.</summary>
    // The daily digest only where a test asks for it (StaffNoticesTests): it would write to every account at start-up.
    public Dictionary<string, string> Settings { get; } = new() { ["Intake:PermitsPerMinute"] = "100000", ["Digest:Hour"] = "24" };
    public abstract string Provider { get; }

    /// <summary>The application's clock, when a test must decide what time it is (set before the first client).</summary>
    public TimeProvider? Clock { get; set; }

    protected virtual void Configure(IWebHostBuilder builder)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("RINDE_DATA_DIR", DataDir);
        builder.UseSetting("RINDE_ADMIN_EMAIL", AdminEmail);
        builder.UseSetting("RINDE_ADMIN_PASSWORD", AdminPassword);
        builder.UseSetting("Database:Provider", Provider);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
        Configure(builder);
    }

    /// <summary>A client whose requests carry the administrator's bearer token.</summary>
    public async Task<HttpClient> CreateStaffClientAsync(string email = AdminEmail, string password = AdminPassword)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public T WithDb<T>(Func<RindeDbContext, T> action)
    {
        using var scope = Services.CreateScope();
        return action(scope.ServiceProvider.GetRequiredService<RindeDbContext>());
    }

    public async Task<T> WithDbAsync<T>(Func<RindeDbContext, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<RindeDbContext>());
    }

    public sealed record TokenResponse(string AccessToken, int ExpiresIn);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try { Directory.Delete(DataDir, recursive: true); } catch (IOException) { }
        }
    }
}

public sealed class SqliteFactory : RindeFactory
{
    public override string Provider => "Sqlite";
}

/// <summary>
/// A new database on the PostgreSQL server named by RINDE_TEST_POSTGRES (the README's test
/// command starts one). No server is a failure, not a skip.
/// </summary>
public sealed class PostgresFactory : RindeFactory
{
    private readonly string _database;

    public PostgresFactory() : this(null)
    {
    }

    private PostgresFactory(string? database) =>
        _database = database ?? "rinde_test_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>A second node on the same database, to test what crosses nodes.</summary>
    public static PostgresFactory SecondNodeOf(PostgresFactory first) => new(first.Database);

    public string Database => _database;

    public static string ServerConnection =>
        Environment.GetEnvironmentVariable("RINDE_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Port=5432;Username=rinde;Password=rinde;Database=postgres";

    public override string Provider => "Postgres";

    public string ConnectionString =>
        new NpgsqlConnectionStringBuilder(ServerConnection) { Database = _database, Pooling = false }.ConnectionString;

    protected override void Configure(IWebHostBuilder builder) =>
        builder.UseSetting("ConnectionStrings:Postgres", ConnectionString);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(ServerConnection);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
