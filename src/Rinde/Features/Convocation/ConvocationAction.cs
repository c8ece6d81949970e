using Rinde.Features.Files;

namespace Rinde.Features.Convocation;

/// <summary>One announcement of the exercise on one channel, with its evidence (item 2).</summary>
public class ConvocationAction : Data.ISoftDeletable
{
    public int Id { get; set; }
    public int ExerciseId { get; set; }
    public int Order { get; set; }
    public DateOnly? Date { get; set; }
    public required string Channel { get; set; }
    public string Audience { get; set; } = "";
    public string Description { get; set; } = "";

    /// <summary>Links to the publication, one per line.</summary>
    public string Links { get; set; } = "";

    /// <summary>The caption "Fuente: ..." printed under the evidence.</summary>
    public string Source { get; set; } = "";

    /// <summary>For an e-mail invitation sent by Rinde: messages the server accepted and those that failed.</summary>
    public int? Delivered { get; set; }
    public int? Failed { get; set; }

    public List<ConvocationEvidence> Evidence { get; set; } = [];
}

public class ConvocationEvidence : Data.ISoftDeletable
{
    public int Id { get; set; }
    public int ConvocationActionId { get; set; }
    public int Order { get; set; }
    public Guid FileId { get; set; }
    public StoredFile File { get; set; } = null!;
    public string Caption { get; set; } = "";
}
