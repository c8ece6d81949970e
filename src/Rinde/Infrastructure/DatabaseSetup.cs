using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Infrastructure;

public static class DatabaseSetup
{
    /// <summary>SQLite by default; PostgreSQL with Database__Provider=Postgres and ConnectionStrings__Postgres.</summary>
    public static IServiceCollection AddRindeDatabase(this IServiceCollection services, IConfiguration configuration, DataDirectory data)
    {
        var database = DatabaseSettings.Read(configuration, data);
        services.AddSingleton(database);
        var connection = database.ConnectionString;
        if (database.IsPostgres)
        {
            services.AddDbContext<RindeDbContext, PostgresRindeDbContext>((sp, o) => o.UseNpgsql(connection).AddInterceptors(Interceptors(sp)));
        }
        else
        {
            services.AddDbContext<RindeDbContext, SqliteRindeDbContext>((sp, o) => o.UseSqlite(connection).AddInterceptors(Interceptors(sp)));
        }
        services.AddScoped<RateCounters>();
        return services;
    }

    private static IEnumerable<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor> Interceptors(IServiceProvider services) =>
        services.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>();

    /// <summary>Applies the provider's migrations, then the first administrator and the demo.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var startup = await StartupLock.AcquireAsync(app.Services.GetRequiredService<DatabaseSettings>(), app.Services.GetRequiredService<DataDirectory>(), app.Lifetime.ApplicationStopping);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RindeDbContext>();
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
        {
            // WAL lets readers work while a writer commits; synchronous=FULL keeps a 201 durable.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
        }
        foreach (var step in scope.ServiceProvider.GetServices<IStartupStep>())
        {
            await step.RunAsync(scope.ServiceProvider);
        }
    }
}

/// <summary>Work done once at start-up after migrations (first administrator, demo data).</summary>
public interface IStartupStep
{
    Task RunAsync(IServiceProvider services);
}
