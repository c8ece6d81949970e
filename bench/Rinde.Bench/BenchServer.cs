using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Tests.Infrastructure;

namespace Rinde.Bench;

/// <summary>Rinde as its own process on loopback, with an open exercise to send questions to.</summary>
public static class BenchServer
{
    public const string AdminEmail = "bench@rinde.local";
    public const string AdminPassword = "Bench-password-2026";

    /// <summary>
    /// One node's environment: its own data directory, Release build, warnings only in the log.
    /// The per-sender budget is raised so a handful of senders can load the server; the limit is
    /// still counted on every question, as in production.
    /// </summary>
    public static Dictionary<string, string> Environment(string? postgres)
    {
        var environment = new Dictionary<string, string>
        {
            ["RINDE_DATA_DIR"] = Directory.CreateTempSubdirectory("rinde-bench-").FullName,
            ["RINDE_ADMIN_EMAIL"] = AdminEmail,
            ["RINDE_ADMIN_PASSWORD"] = AdminPassword,
            ["RINDE_DEMO"] = "false",
            ["Intake__PermitsPerMinute"] = "100000000",
            ["Intake__AddressPermitsPerMinute"] = "100000000",
            ["Logging__LogLevel__Default"] = "Warning",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
        };
        if (postgres is not null)
        {
            environment["Database__Provider"] = "Postgres";
            environment["ConnectionStrings__Postgres"] = postgres;
        }
        return environment;
    }

    public static string Postgres => System.Environment.GetEnvironmentVariable("RINDE_BENCH_POSTGRES")
        ?? throw new InvalidOperationException("RINDE_BENCH_POSTGRES no está definido (bench/run.sh lo define).");

    public static async Task<(RindeProcess Server, int ExerciseId)> StartAsync(string provider)
    {
        var postgres = provider == "postgres" ? Postgres : null;
        var environment = Environment(postgres);
        var server = new RindeProcess(environment);
        await server.StartAsync();
        await using RindeDbContext db = postgres is null
            ? new SqliteRindeDbContext(new DbContextOptionsBuilder<SqliteRindeDbContext>()
                .UseSqlite($"Data Source={Path.Combine(environment["RINDE_DATA_DIR"], "rinde.db")}").Options)
            : OpenPostgres(postgres);
        return (server, await CreateExerciseAsync(db));
    }

    public static PostgresRindeDbContext OpenPostgres(string connection) =>
        new(new DbContextOptionsBuilder<PostgresRindeDbContext>().UseNpgsql(connection).Options);

    /// <summary>A staff bearer token of the administrator.</summary>
    public static async Task<string> TokenAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = AdminEmail, password = AdminPassword });
        response.EnsureSuccessStatusCode();
        return System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString()!;
    }

    /// <summary>An open exercise, as staff would create it, to send questions to.</summary>
    public static async Task<int> CreateExerciseAsync(RindeDbContext db)
    {
        var dependency = new Rinde.Features.Dependencies.Dependency { Code = "B" + Guid.NewGuid().ToString("N")[..6], Name = "Dependencia de la medición" };
        var exercise = new Rinde.Features.Exercises.Exercise
        {
            Title = "Audiencia pública de la medición", Dependency = dependency, Vigencia = 2030, Date = new DateOnly(2030, 12, 1),
        };
        db.Exercises.Add(exercise);
        await db.SaveChangesAsync();
        return exercise.Id;
    }
}
