using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rinde.Infrastructure;

/// <summary>
/// Work done in the background (a survey import) as a row every node sees: any node may take
/// it once queued, one node at a time holds it (<see cref="ILeased"/>), and its progress and
/// outcome are read from the row by whichever node answers the person following it.
/// docs/decisions.md, "Background jobs".
/// </summary>
public class BackgroundJob : ILeased
{
    public Guid Id { get; set; }

    /// <summary>Which worker takes it (<c>survey-import</c>).</summary>
    public required string Kind { get; set; }
    public JobState State { get; set; }

    /// <summary>The exercise it works on: a job is only ever shown within its exercise.</summary>
    public int ExerciseId { get; set; }

    /// <summary>The uploaded file it reads, kept in the file store every node reaches; removed when the job ends.</summary>
    public Guid? FileId { get; set; }

    /// <summary>Who asked for it (the audit log's user of what it does).</summary>
    public required string RequestedBy { get; set; }

    /// <summary>What the progress is measured against (an import's rows) and how far it got.</summary>
    public int Total { get; set; }
    public int Progress { get; set; }

    public int Attempts { get; set; }
    public Guid? LeaseOwner { get; set; }
    public DateTime? LeaseUntil { get; set; }

    /// <summary>The readable name of the node that last took it (<see cref="NodeIdentity.Name"/>).</summary>
    public string? Node { get; set; }

    /// <summary>The outcome, as JSON of the kind's own result; null until done.</summary>
    public string? Result { get; set; }

    /// <summary>Why it failed, in Spanish, for the person who asked.</summary>
    public string? Error { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
}

/// <summary>
/// Draft: its file waits for a confirmation (the import page's preview). Queued: any node may
/// take it. Running: held under a lease. Done and Failed are final.
/// </summary>
public enum JobState { Draft, Queued, Running, Done, Failed }

/// <summary>Jobs__*: how long a node's hold lasts without news, how often idle nodes look, how many takes a job gets.</summary>
public sealed class JobOptions
{
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often a running job renews its lease and publishes its progress.</summary>
    public TimeSpan Heartbeat { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A job whose holders died this many times is reported failed instead of taken again.</summary>
    public int MaxAttempts { get; set; } = 3;
}

internal sealed class BackgroundJobConfiguration : IEntityTypeConfiguration<BackgroundJob>
{
    public void Configure(EntityTypeBuilder<BackgroundJob> builder)
    {
        builder.ToTable("BackgroundJobs");
        // The workers' claim reads a kind's due jobs in order.
        builder.HasIndex(j => new { j.Kind, j.State, j.CreatedAt });
        builder.HasIndex(j => j.ExerciseId);
        builder.Property(j => j.Kind).HasMaxLength(40);
        builder.Property(j => j.RequestedBy).HasMaxLength(256);
        builder.Property(j => j.Node).HasMaxLength(200);
        builder.Property(j => j.Error).HasMaxLength(1000);
    }
}
