using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rinde.Features.Files;

/// <summary>
/// An uploaded file (image or annex). Its bytes never change once stored, so documents that
/// point to them stay reproducible. Where the bytes live is <see cref="IFileContent"/>'s
/// business: the data directory on SQLite, <see cref="StoredFileContent"/> rows on PostgreSQL.
/// </summary>
public class StoredFile
{
    public Guid Id { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Length { get; set; }
    public required string Sha256 { get; set; }
    public DateTime UploadedAt { get; set; }

    /// <summary>Who uploaded it (user id): until an exercise refers to it, only they (and those who see everything) may read it.</summary>
    public string? UploadedBy { get; set; }
}

/// <summary>One chunk of a stored file's bytes in the database, so every node reaches them.</summary>
public class StoredFileContent
{
    public const int ChunkSize = 1024 * 1024;

    public Guid FileId { get; set; }
    public int Index { get; set; }
    public required byte[] Data { get; set; }
}

internal sealed class StoredFileContentConfiguration : IEntityTypeConfiguration<StoredFileContent>
{
    public void Configure(EntityTypeBuilder<StoredFileContent> builder)
    {
        builder.ToTable("StoredFileContents");
        builder.HasKey(c => new { c.FileId, c.Index });
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(c => c.FileId).OnDelete(DeleteBehavior.Cascade);
    }
}
