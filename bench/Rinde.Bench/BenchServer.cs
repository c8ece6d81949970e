using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Tests.Infrastructure;

namespace Rinde.Bench;

/// <summary>Rinde as its own process on loopback, with an open exercise to send questions to.</summary>
public static class BenchServer
{
    public static async Task<(RindeProcess Server, int ExerciseId)> StartAsync(string provider)
    {
        var environment = new Dictionary<string, string>
        {
            ["RINDE_DATA_DIR"] = Directory.CreateTempSubdirectory("rinde-bench-").FullName,
            ["RINDE_ADMIN_EMAIL"] = "bench@rinde.local",
            ["RINDE_ADMIN_PASSWORD"] = "Bench-password-2026",
            ["RINDE_DEMO"] = "false",
            ["Intake__PermitsPerMinute"] = "100000000",
            ["Logging__LogLevel__Default"] = "Warning",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
        };
        string? postgres = null;
        if (provider == "postgres")
        {
            postgres = Environment.GetEnvironmentVariable("RINDE_BENCH_POSTGRES")
                ?? throw new InvalidOperationException("RINDE_BENCH_POSTGRES no está definido (bench/run.sh lo define).");
            environment["Database__Provider"] = "Postgres";
            environment["ConnectionStrings__Postgres"] = postgres;
        }
        var server = new RindeProcess(environment);
        await server.StartAsync();
        await using RindeDbContext db = postgres is null
            ? new SqliteRindeDbContext(new DbContextOptionsBuilder<SqliteRindeDbContext>()
                .UseSqlite($"Data Source={Path.Combine(environment["RINDE_DATA_DIR"], "rinde.db")}").Options)
            : new PostgresRindeDbContext(new DbContextOptionsBuilder<PostgresRindeDbContext>().UseNpgsql(postgres).Options);
        var dependency = new Rinde.Features.Dependencies.Dependency { Code = "B" + Guid.NewGuid().ToString("N")[..6], Name = "Dependencia de la medición" };
        var exercise = new Rinde.Features.Exercises.Exercise
        {
            Title = "Audiencia pública de la medición", Dependency = dependency, Vigencia = 2030, Date = new DateOnly(2030, 12, 1),
        };
        db.Exercises.Add(exercise);
        await db.SaveChangesAsync();
        return (server, exercise.Id);
    }
}
