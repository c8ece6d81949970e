namespace Rinde.Features.Questions.Desk;

/// <summary>
/// Per-exercise counters for question numbers and desk event sequences. Incrementing the row
/// with UPDATE ... RETURNING locks it until commit, so numbers and event ids of one exercise
/// are handed out and committed in order, also across several nodes on PostgreSQL.
/// </summary>
public class ExerciseCounters
{
    public int ExerciseId { get; set; }
    public int LastQuestionNumber { get; set; }
    public long LastEventSequence { get; set; }
}
