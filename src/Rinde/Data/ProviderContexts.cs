using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Rinde.Data;

/// <summary>SQLite, the default: one file in RINDE_DATA_DIR.</summary>
public sealed class SqliteRindeDbContext(DbContextOptions<SqliteRindeDbContext> options) : RindeDbContext(options);

/// <summary>PostgreSQL, chosen with Database__Provider=Postgres.</summary>
public sealed class PostgresRindeDbContext(DbContextOptions<PostgresRindeDbContext> options) : RindeDbContext(options);

/// <summary>Lets `dotnet ef migrations add` build each provider's context without running the app.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteRindeDbContext>
{
    public SqliteRindeDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteRindeDbContext>().UseSqlite("Data Source=design.db").Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresRindeDbContext>
{
    public PostgresRindeDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresRindeDbContext>().UseNpgsql("Host=localhost;Database=rinde_design").Options);
}
