using Rinde.Features.Dependencies;

namespace Rinde.Features.Exercises;

/// <summary>A topic an office reports on in the exercise (item 1 of the acta).</summary>
public class Topic : Data.ISoftDeletable
{
    public int Id { get; set; }
    public int ExerciseId { get; set; }
    public int DependencyId { get; set; }
    public Dependency Dependency { get; set; } = null!;
    public required string Title { get; set; }
    public int Order { get; set; }
}
