using Rinde.Features.Files;

namespace Rinde.Features.Exercises;

/// <summary>A note on how a schedule activity advances, with its evidence (like a commitment's).</summary>
public class ScheduleProgress : Data.ISoftDeletable
{
    public int Id { get; set; }
    public int ScheduleActivityId { get; set; }
    public int Order { get; set; }
    public DateOnly Date { get; set; }
    public required string Note { get; set; }
    public string By { get; set; } = "";
    public Guid? EvidenceFileId { get; set; }
    public StoredFile? EvidenceFile { get; set; }
}
