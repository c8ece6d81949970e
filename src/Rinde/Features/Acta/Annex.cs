using Rinde.Features.Files;

namespace Rinde.Features.Acta;

/// <summary>An annex listed at the end of the acta, optionally with its uploaded file.</summary>
public class Annex : Data.ISoftDeletable
{
    public int Id { get; set; }
    public int ExerciseId { get; set; }
    public int Order { get; set; }
    public required string Title { get; set; }
    public Guid? FileId { get; set; }
    public StoredFile? File { get; set; }
}
