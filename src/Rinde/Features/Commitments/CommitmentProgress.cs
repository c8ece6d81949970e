using Rinde.Features.Files;

namespace Rinde.Features.Commitments;

/// <summary>A note on how a commitment advances, with its evidence.</summary>
public class CommitmentProgress : Data.ISoftDeletable
{
    public int Id { get; set; }
    public int CommitmentId { get; set; }
    public int Order { get; set; }
    public DateOnly Date { get; set; }
    public required string Note { get; set; }
    public string By { get; set; } = "";
    public Guid? EvidenceFileId { get; set; }
    public StoredFile? EvidenceFile { get; set; }
}
