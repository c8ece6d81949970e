namespace Rinde.Features.Acta;

/// <summary>A person who signs the acta (Firmas).</summary>
public class Signatory : Data.ISoftDeletable
{
    public int Id { get; set; }
    public int ExerciseId { get; set; }
    public int Order { get; set; }
    public required string Name { get; set; }
    public string Position { get; set; } = "";
    public string Dependency { get; set; } = "";
}
