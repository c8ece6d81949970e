using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rinde.Data;
using Rinde.Features.Files;
using Rinde.Infrastructure;

namespace Rinde.Features.Survey.Import;

/// <summary>
/// Survey imports as <see cref="BackgroundJob"/> rows: the checked file goes to the file store
/// every node reaches, the job names it, and whichever node answers reads the job back.
/// </summary>
public sealed class SurveyImportJobs(RindeDbContext db, FileStore files, NodeIdentity node, LocalImports local,
    IOptions<JobOptions> options, TimeProvider clock)
{
    public const string Kind = "survey-import";

    private IQueryable<BackgroundJob> Jobs => db.Set<BackgroundJob>().Where(j => j.Kind == Kind);

    /// <summary>The previewed file waits as a draft for its confirmation, which may reach another node.</summary>
    public Task<Guid> DraftAsync(int exerciseId, string path, string user, int rows, CancellationToken ct) =>
        AddAsync(exerciseId, path, user, rows, JobState.Draft, ct);

    /// <summary>Queued at once, for any node (the API's asynchronous import).</summary>
    public async Task<Guid> QueueAsync(int exerciseId, string path, string user, CancellationToken ct)
    {
        var id = await AddAsync(exerciseId, path, user, 0, JobState.Queued, ct);
        local.Queued();
        return id;
    }

    /// <summary>Held by this node, which runs it now (the API's import); another node resumes it if this one dies.</summary>
    public async Task<JobTake> StartHereAsync(int exerciseId, string path, string user, CancellationToken ct)
    {
        var take = Guid.NewGuid();
        return new JobTake(await AddAsync(exerciseId, path, user, 0, JobState.Running, ct, take), take);
    }

    /// <summary>Confirms a draft of this exercise; false when there is none (never previewed, already confirmed, swept).</summary>
    public async Task<bool> ConfirmAsync(int exerciseId, Guid? id, CancellationToken ct)
    {
        if (id is not Guid key) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        var confirmed = await Jobs.Where(j => j.Id == key && j.ExerciseId == exerciseId && j.State == JobState.Draft)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, JobState.Queued).SetProperty(j => j.CreatedAt, now), ct) == 1;
        if (confirmed) local.Queued();
        return confirmed;
    }

    /// <summary>A job of this exercise that was started; drafts are nobody's business but their preview's.</summary>
    public async Task<ImportJobView?> FindAsync(int exerciseId, Guid? id, CancellationToken ct) =>
        id is Guid key && await Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == key && j.ExerciseId == exerciseId && j.State != JobState.Draft, ct)
            is { } job ? new ImportJobView(job, local.ReadOf(job.Id)) : null;

    /// <summary>Previews never confirmed are dropped after a day, with their files (they may hold respondents' data).</summary>
    public async Task SweepDraftsAsync(CancellationToken ct)
    {
        var limit = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        var old = await Jobs.Where(j => j.State == JobState.Draft && j.CreatedAt < limit).Select(j => new { j.Id, j.FileId }).ToListAsync(ct);
        foreach (var draft in old)
        {
            if (await Jobs.Where(j => j.Id == draft.Id && j.State == JobState.Draft).ExecuteDeleteAsync(ct) == 1 && draft.FileId is Guid file)
            {
                await files.DeleteAsync(file, ct);
            }
        }
    }

    private async Task<Guid> AddAsync(int exerciseId, string path, string user, int rows, JobState state, CancellationToken ct, Guid? take = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // The file and the job that names it commit together.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var file = await files.SaveCheckedAsync(path, $"encuesta-{exerciseId}.upload", "application/octet-stream", ct);
        var job = new BackgroundJob
        {
            Id = Guid.NewGuid(), Kind = Kind, State = state, ExerciseId = exerciseId, FileId = file.Id, RequestedBy = user, Total = rows, CreatedAt = now,
        };
        if (state == JobState.Running)
        {
            (job.LeaseOwner, job.LeaseUntil, job.Attempts, job.StartedAt, job.Node) = (take, now + options.Value.Lease, 1, now, node.Name);
        }
        db.Add(job);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return job.Id;
    }
}
