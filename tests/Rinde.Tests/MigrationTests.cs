using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Tests;

/// <summary>Each provider's migration set must describe the current model exactly.</summary>
public class MigrationTests
{
    [Fact]
    public void Sqlite_migrations_cover_every_model_change()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(),
            "El modelo cambió sin migración de SQLite: dotnet ef migrations add <Nombre> --context SqliteRindeDbContext --output-dir Data/Migrations/Sqlite");
    }

    [Fact]
    public void Postgres_migrations_cover_every_model_change()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(),
            "El modelo cambió sin migración de PostgreSQL: dotnet ef migrations add <Nombre> --context PostgresRindeDbContext --output-dir Data/Migrations/Postgres");
    }

    [Fact]
    public void Both_migration_sets_have_the_same_steps()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);
        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[15..]);
        Assert.Equal(Names(sqlite), Names(postgres));
    }
}
