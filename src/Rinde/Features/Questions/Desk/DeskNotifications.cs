using Microsoft.EntityFrameworkCore;
using Npgsql;
using Rinde.Data;
using Rinde.Infrastructure;

namespace Rinde.Features.Questions.Desk;

/// <summary>
/// Across several nodes on PostgreSQL: a change's transaction also sends NOTIFY (delivered
/// only if it commits); every other node pokes its desks, which read the new events from
/// the database. SQLite is single-node, so there it does nothing.
/// </summary>
public static class DeskNotifications
{
    public const string Channel = "rinde_desk";

    public static async Task NotifyAsync(RindeDbContext db, DeskBroadcaster node, IEnumerable<int> exerciseIds, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            return;
        }
        foreach (var exerciseId in exerciseIds.Distinct())
        {
            var payload = $"{node.NodeId}:{exerciseId}";
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {payload})", ct);
        }
    }
}

/// <summary>Listens for other nodes' desk notifications (PostgreSQL only).</summary>
public sealed class PostgresDeskListener(DatabaseSettings database, DeskBroadcaster broadcaster, ILogger<PostgresDeskListener> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!database.IsPostgres)
        {
            return; // one SQLite node has no other node to hear from
        }
        var connectionString = database.ConnectionString;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) => OnNotification(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {DeskNotifications.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                // Events committed while we were not listening are read by the desks on their next poke.
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Se perdió la escucha de notificaciones de PostgreSQL; se reintenta");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    private void OnNotification(string payload)
    {
        var parts = payload.Split(':');
        if (parts.Length == 2 && parts[0] != broadcaster.NodeId && int.TryParse(parts[1], out var exerciseId))
        {
            broadcaster.Poke(exerciseId);
        }
    }
}
