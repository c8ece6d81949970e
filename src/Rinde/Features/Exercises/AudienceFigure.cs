namespace Rinde.Features.Exercises;

/// <summary>An audience figure of the event (item 4), always with its source.</summary>
public class AudienceFigure
{
    public int Id { get; set; }
    public int ExerciseId { get; set; }
    public AudienceMetric Metric { get; set; }
    public long Value { get; set; }
    public string Source { get; set; } = "";
}

public enum AudienceMetric
{
    AsistentesPresenciales,
    EspectadoresMaximosEnVivo,
    Reproducciones,
    Reacciones,
    Comentarios,
    VecesCompartido,
}
