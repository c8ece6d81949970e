namespace Rinde.Features.Exercises;

/// <summary>An activity of the exercise's schedule (cronograma): what, who, when, evidence.</summary>
public class ScheduleActivity : Data.ISoftDeletable
{
    public int Id { get; set; }
    public int ExerciseId { get; set; }
    public required string Activity { get; set; }
    public string Owner { get; set; } = "";
    public DateOnly? DueDate { get; set; }
    public DateOnly? DoneDate { get; set; }
    public string Evidence { get; set; } = "";
    public int Order { get; set; }

    /// <summary>
    /// Why a date of completion is refused, or null: an activity is "cumplida" once it was done,
    /// so its date cannot be after today in Colombia. The schedule page and the API ask this.
    /// </summary>
    public static string? DoneDateProblem(DateOnly? done, DateOnly today) => done > today
        ? $"La fecha de realización ({Infrastructure.EsCo.ShortDate(done.Value)}) es futura: marque la actividad como cumplida cuando ya se haya hecho."
        : null;
}
