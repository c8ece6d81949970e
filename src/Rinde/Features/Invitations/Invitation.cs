using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rinde.Features.Invitations;

/// <summary>
/// An e-mail invitation to an exercise's dialogue for chosen grupos de valor lists. Its sending
/// is a <see cref="Infrastructure.BackgroundJob"/> with the same id: any node takes it, writes
/// its messages to the outbox in batches at the configured rate, and when every message is
/// delivered or failed records the convocation action the acta prints under item 2.
/// </summary>
public class Invitation : Data.ISoftDeletable
{
    public Guid Id { get; set; }
    public int ExerciseId { get; set; }
    public required string Subject { get; set; }

    /// <summary>Markdown with placeholders (<see cref="InvitationText.Placeholders"/>).</summary>
    public required string Body { get; set; }

    /// <summary>The lists' ids, comma-separated.</summary>
    public required string Lists { get; set; }
    public required string RequestedBy { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>The convocation action written when it finished.</summary>
    public int? ConvocationActionId { get; set; }

    public IReadOnlyList<int> ListIds => Lists.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
}

/// <summary>Invitations__*: how fast invitations enter the outbox.</summary>
public sealed class InvitationOptions
{
    /// <summary>Messages per batch written to the outbox.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>At most this many messages a minute (the mail server's or the provider's limit).</summary>
    public int MessagesPerMinute { get; set; } = 600;

    public TimeSpan PauseBetweenBatches => TimeSpan.FromMinutes((double)BatchSize / Math.Max(1, MessagesPerMinute));
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.ToTable("Invitations");
        builder.HasIndex(i => i.ExerciseId);
        builder.Property(i => i.Subject).HasMaxLength(InvitationText.MaxSubject);
        builder.Property(i => i.Lists).HasMaxLength(2000);
        builder.Property(i => i.RequestedBy).HasMaxLength(256);
        builder.Ignore(i => i.ListIds);
    }
}
