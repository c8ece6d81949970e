namespace Rinde.Features.Exercises;

/// <summary>An activity of the exercise's schedule (cronograma): what, who, when, evidence.</summary>
public class ScheduleActivity
{
    public int Id { get; set; }
    public int ExerciseId { get; set; }
    public required string Activity { get; set; }
    public string Owner { get; set; } = "";
    public DateOnly? DueDate { get; set; }
    public DateOnly? DoneDate { get; set; }
    public string Evidence { get; set; } = "";
    public int Order { get; set; }
}
