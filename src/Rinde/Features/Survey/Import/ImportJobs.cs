using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Rinde.Features.Survey.Import;

/// <summary>An import confirmed on the staff page, running (or done) in the background.</summary>
public sealed class ImportJob(int exerciseId, string path, string uploadToken, string user, int expectedRows)
{
    private int _read;

    public Guid Id { get; } = Guid.NewGuid();
    public int ExerciseId => exerciseId;
    public string Path => path;
    public string UploadToken => uploadToken;
    public string User => user;

    /// <summary>The preview's count: what the progress bar measures against.</summary>
    public int ExpectedRows => expectedRows;
    public int Read => Volatile.Read(ref _read);
    public ImportResult? Result { get; set; }
    public string? Failure { get; set; }
    public bool Finished => Result is not null || Failure is not null;

    public void Report(int read) => Volatile.Write(ref _read, read);
}

/// <summary>
/// The queue of imports and what became of them. Kept in memory: after a restart a running
/// import has rolled back whole (it is one transaction), and the page says how to check.
/// Finished jobs are forgotten after a day.
/// </summary>
public sealed class ImportJobs(TimeProvider clock)
{
    private readonly Channel<ImportJob> _queue = Channel.CreateUnbounded<ImportJob>();
    private readonly ConcurrentDictionary<Guid, (ImportJob Job, DateTime At)> _jobs = new();

    public ChannelReader<ImportJob> Queue => _queue.Reader;

    public ImportJob Enqueue(ImportJob job)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var old in _jobs.Where(j => j.Value.Job.Finished && now - j.Value.At > TimeSpan.FromDays(1)))
        {
            _jobs.TryRemove(old.Key, out _);
        }
        _jobs[job.Id] = (job, now);
        _queue.Writer.TryWrite(job);
        return job;
    }

    public ImportJob? Find(int exerciseId, Guid? id) =>
        id is Guid key && _jobs.TryGetValue(key, out var entry) && entry.Job.ExerciseId == exerciseId ? entry.Job : null;
}
