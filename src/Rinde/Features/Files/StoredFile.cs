namespace Rinde.Features.Files;

/// <summary>
/// An uploaded file (image or annex). Its bytes live under RINDE_DATA_DIR/files, named by
/// id; they never change once stored, so documents that point to them stay reproducible.
/// </summary>
public class StoredFile
{
    public Guid Id { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Length { get; set; }
    public required string Sha256 { get; set; }
    public DateTime UploadedAt { get; set; }
}
