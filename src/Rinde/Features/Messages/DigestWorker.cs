using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rinde.Data;
using Rinde.Infrastructure;

namespace Rinde.Features.Messages;

/// <summary>Digest__Hour: the hour (Colombia) after which the day's digest goes out; 24 turns it off.</summary>
public sealed class DigestOptions
{
    public int Hour { get; set; } = 7;
}

/// <summary>
/// The daily digest as a background job: one job per day, whose id is made from the date, so
/// however many nodes queue it the day has one; any node takes it, and its messages and its
/// end commit together under the lease (a node that dies leaves nothing, the next take writes all).
/// </summary>
public sealed class DigestWorker(IServiceScopeFactory scopes, StaffDigest digest, OutboxWriter writer, OutboxSignal signal, NodeIdentity node,
    IOptions<DigestOptions> digestOptions, IOptions<JobOptions> jobOptions, TimeProvider clock, ILogger<DigestWorker> logger) : BackgroundService
{
    public const string Kind = "staff-digest";

    public static Guid IdOf(DateOnly day) => new(SHA256.HashData(Encoding.UTF8.GetBytes($"{Kind}:{day:yyyy-MM-dd}")).AsSpan(0, 16));

    /// <summary>Queues the day's digest unless it already is (the scheduler, or a test).</summary>
    public static async Task QueueAsync(RindeDbContext db, DateOnly day, DateTime now, CancellationToken ct)
    {
        var id = IdOf(day);
        if (await db.Set<BackgroundJob>().AnyAsync(j => j.Id == id, ct)) return;
        db.Add(new BackgroundJob { Id = id, Kind = Kind, State = JobState.Queued, RequestedBy = "sistema", CreatedAt = now, Result = day.ToString("O") });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another node queued it first: the day has its one digest.
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<RindeDbContext>();
                var now = clock.GetUtcNow();
                if (now.ToOffset(ColombiaTime.Offset).Hour >= digestOptions.Value.Hour)
                {
                    await QueueAsync(db, ColombiaTime.Today(clock), now.UtcDateTime, stoppingToken);
                }
                if (await BackgroundJobs.ClaimAsync(db, Kind, node, now.UtcDateTime, jobOptions.Value.Lease, stoppingToken) is { } take)
                {
                    await RunAsync(db, take, stoppingToken);
                    continue;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "No se pudo enviar el resumen diario; se reintentará");
            }
            await Task.Delay(jobOptions.Value.PollInterval, clock, stoppingToken);
        }
    }

    private async Task RunAsync(RindeDbContext db, JobTake take, CancellationToken ct)
    {
        var job = await BackgroundJobs.Held(db, take).AsNoTracking().FirstAsync(ct);
        var day = DateOnly.Parse(job.Result ?? "", System.Globalization.CultureInfo.InvariantCulture);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var drafts = await digest.DraftsAsync(db, day, ct);
        var queued = await writer.AddAsync(db, drafts, ct);
        await db.SaveChangesAsync(ct);
        if (await BackgroundJobs.FinishAsync(db, take, $"{{\"messages\":{queued}}}", queued, clock.GetUtcNow().UtcDateTime, ct))
        {
            await transaction.CommitAsync(ct);
            signal.Wake();
        }
    }
}
