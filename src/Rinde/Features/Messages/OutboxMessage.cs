using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rinde.Features.Messages;

/// <summary>
/// One e-mail to send, written in the same transaction as the change that causes it, so a
/// change never commits without its message nor a message without its change. The sender
/// marks it sent only after the SMTP server accepted it; <see cref="MessageId"/> is fixed at
/// creation, so a crash between acceptance and marking repeats that one message with the
/// same id (docs/decisions.md, "Outbox").
/// </summary>
public class OutboxMessage : Infrastructure.ILeased, Data.ISoftDeletable
{
    public long Id { get; set; }
    public required string Kind { get; set; }
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string TextBody { get; set; }
    public required string HtmlBody { get; set; }

    /// <summary>RFC 5322 Message-ID without the angle brackets.</summary>
    public required string MessageId { get; set; }

    /// <summary>One-click unsubscribe address (citizens and grupos de valor); null for staff notices.</summary>
    public string? UnsubscribeUrl { get; set; }

    public OutboxState State { get; set; } = OutboxState.Pendiente;
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public DateTime? SentAt { get; set; }

    /// <summary>While a sender holds the message: no other node takes it before this instant.</summary>
    public DateTime? LeaseUntil { get; set; }
    public Guid? LeaseOwner { get; set; }

    /// <summary>The invitation (its job's id) it belongs to, to count what it delivered; null for other kinds.</summary>
    public Guid? InvitationId { get; set; }

    /// <summary>A file sent with it (the dialogue's .ics), as text; null for none.</summary>
    public string? AttachmentName { get; set; }
    public string? AttachmentContent { get; set; }

    /// <summary>The question it is about, to find a citizen's messages; null for other kinds.</summary>
    public int? QuestionId { get; set; }
    public Questions.CitizenQuestion? Question { get; set; }
}

public enum OutboxState { Pendiente, Enviado, Fallido, Cancelado }

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        // Named here, not by a DbSet, so the feature stays in its folder.
        builder.ToTable("OutboxMessages");
        // The sender's claim reads pending messages in due order.
        builder.HasIndex(m => new { m.State, m.NextAttemptAt });
        builder.HasIndex(m => m.MessageId).IsUnique();
        builder.HasIndex(m => new { m.InvitationId, m.State });
        builder.Property(m => m.AttachmentName).HasMaxLength(200);
        builder.HasOne(m => m.Question).WithMany().HasForeignKey(m => m.QuestionId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(m => m.Kind).HasMaxLength(60);
        builder.Property(m => m.To).HasMaxLength(320);
        builder.Property(m => m.MessageId).HasMaxLength(200);
    }
}

/// <summary>An address that asked for no more messages (Ley 1581 de 2012); stored normalised.</summary>
public class MailSuppression : Data.ISoftDeletable
{
    public int Id { get; set; }
    public required string Address { get; set; }
    public DateTime At { get; set; }

    public static string Normalize(string address) => address.Trim().ToLowerInvariant();
}

internal sealed class MailSuppressionConfiguration : IEntityTypeConfiguration<MailSuppression>
{
    public void Configure(EntityTypeBuilder<MailSuppression> builder)
    {
        builder.ToTable("MailSuppressions");
        builder.HasIndex(s => s.Address).IsUnique();
        builder.Property(s => s.Address).HasMaxLength(320);
    }
}
