using System.ComponentModel.DataAnnotations;

namespace Rinde.Features.Exercises;

/// <summary>An audience figure of the event (item 4), always with its source.</summary>
public class AudienceFigure : Data.ISoftDeletable
{
    public int Id { get; set; }
    public int ExerciseId { get; set; }
    public AudienceMetric Metric { get; set; }
    public long Value { get; set; }
    public string Source { get; set; } = "";
}

public enum AudienceMetric
{
    [Display(Name = "Asistentes presenciales")]
    AsistentesPresenciales,
    [Display(Name = "Máximo de espectadores en vivo")]
    EspectadoresMaximosEnVivo,
    [Display(Name = "Reproducciones")]
    Reproducciones,
    [Display(Name = "Reacciones")]
    Reacciones,
    [Display(Name = "Comentarios")]
    Comentarios,
    [Display(Name = "Veces compartido")]
    VecesCompartido,
}
