using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rinde.Features.Messages;

/// <summary>What a staff member chose about notices (/cuenta/avisos); no row: the defaults (digest on).</summary>
public class StaffNoticePreference : Data.ISoftDeletable
{
    public required string UserId { get; set; }
    public bool DigestOff { get; set; }
}

internal sealed class StaffNoticePreferenceConfiguration : IEntityTypeConfiguration<StaffNoticePreference>
{
    public void Configure(EntityTypeBuilder<StaffNoticePreference> builder)
    {
        builder.ToTable("StaffNoticePreferences");
        builder.HasKey(p => p.UserId);
        builder.Property(p => p.UserId).HasMaxLength(450);
    }
}
