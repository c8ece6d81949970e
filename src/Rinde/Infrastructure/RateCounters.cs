using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rinde.Data;

namespace Rinde.Infrastructure;

/// <summary>
/// How many times a sender did something (a scope: questions, survey responses, failed sign-ins)
/// in one fixed window. The count lives in the database, so every node of a PostgreSQL
/// deployment sees the same count, and a single SQLite node behaves the same way.
/// </summary>
public sealed class RateCounter
{
    public string Scope { get; set; } = "";

    /// <summary>SHA-256 of what is counted (an address, a device token, an e-mail): never stored in clear.</summary>
    public string Key { get; set; } = "";

    /// <summary>Start of the window, in Unix seconds.</summary>
    public long WindowStart { get; set; }

    public int Count { get; set; }

    /// <summary>When the row may be deleted, in Unix seconds.</summary>
    public long ExpiresAt { get; set; }
}

internal sealed class RateCounterConfiguration : IEntityTypeConfiguration<RateCounter>
{
    public void Configure(EntityTypeBuilder<RateCounter> builder)
    {
        builder.HasKey(c => new { c.Scope, c.Key, c.WindowStart });
        builder.Property(c => c.Scope).HasMaxLength(40);
        builder.Property(c => c.Key).HasMaxLength(64);
        builder.HasIndex(c => c.ExpiresAt);
    }
}

/// <summary>A count in its window, and how long until the window ends.</summary>
public readonly record struct RateCount(int Count, TimeSpan RetryAfter);

/// <summary>
/// Counts with one atomic statement (<c>INSERT … ON CONFLICT DO UPDATE … RETURNING</c>, the same
/// text on SQLite and PostgreSQL): two nodes counting the same sender at the same instant both
/// add one, and each learns the total. Fixed windows: a sender may use up one window's budget
/// at its end and the next one's at its start, which is at most twice the budget in a short
/// while; in exchange a count is one row and one statement.
/// </summary>
public sealed class RateCounters(RindeDbContext db, TimeProvider clock)
{
    public static string KeyOf(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    /// <summary>Adds one to the sender's count in the current window and answers the new count.</summary>
    public async Task<RateCount> HitAsync(string scope, string value, TimeSpan period, CancellationToken ct = default)
    {
        var (start, now, end) = Window(period);
        var key = KeyOf(value);
        var expires = end + 60;
        var counts = await db.Database.SqlQuery<int>($"""
            INSERT INTO "RateCounters" ("Scope", "Key", "WindowStart", "Count", "ExpiresAt") VALUES ({scope}, {key}, {start}, 1, {expires})
            ON CONFLICT ("Scope", "Key", "WindowStart") DO UPDATE SET "Count" = "RateCounters"."Count" + 1
            RETURNING "Count" AS "Value"
            """).ToListAsync(ct);
        if (RandomNumberGenerator.GetInt32(256) == 0)
        {
            // Now and then, whoever counts sweeps the windows that ended.
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"RateCounters\" WHERE \"ExpiresAt\" < {now}", ct);
        }
        return new RateCount(counts[0], TimeSpan.FromSeconds(end - now));
    }

    /// <summary>The sender's count in the current window, without adding to it.</summary>
    public async Task<RateCount> PeekAsync(string scope, string value, TimeSpan period, CancellationToken ct = default)
    {
        var (start, now, end) = Window(period);
        var key = KeyOf(value);
        var count = await db.Set<RateCounter>().AsNoTracking()
            .Where(c => c.Scope == scope && c.Key == key && c.WindowStart == start).Select(c => c.Count).FirstOrDefaultAsync(ct);
        return new RateCount(count, TimeSpan.FromSeconds(end - now));
    }

    /// <summary>Forgets the sender's count in the current window (a right password ends the failures).</summary>
    public Task ResetAsync(string scope, string value, TimeSpan period, CancellationToken ct = default)
    {
        var (start, _, _) = Window(period);
        var key = KeyOf(value);
        return db.Set<RateCounter>().Where(c => c.Scope == scope && c.Key == key && c.WindowStart == start).ExecuteDeleteAsync(ct);
    }

    private (long Start, long Now, long End) Window(TimeSpan period)
    {
        var seconds = (long)period.TotalSeconds;
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var start = now - (now % seconds);
        return (start, now, start + seconds);
    }
}
