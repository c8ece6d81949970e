using System.ComponentModel.DataAnnotations;

namespace Rinde.Features.Commitments;

/// <summary>A task with an owner and a date, born in the dialogue, a question or the self-assessment.</summary>
public class Commitment : Data.ISoftDeletable
{
    public int Id { get; set; }
    public int ExerciseId { get; set; }
    public int Order { get; set; }
    public required string Description { get; set; }
    public string Owner { get; set; } = "";
    public DateOnly? DueDate { get; set; }
    public CommitmentStatus Status { get; set; } = CommitmentStatus.Pendiente;
    public CommitmentOrigin Origin { get; set; } = CommitmentOrigin.Dialogo;

    /// <summary>The citizen's question it answers, when it was born from one.</summary>
    public int? QuestionId { get; set; }
}

public enum CommitmentStatus
{
    [Display(Name = "Pendiente")]
    Pendiente,
    [Display(Name = "En curso")]
    EnCurso,
    [Display(Name = "Cumplido")]
    Cumplido,
    [Display(Name = "Cancelado")]
    Cancelado,
}

public enum CommitmentOrigin
{
    [Display(Name = "Diálogo")]
    Dialogo,
    [Display(Name = "Pregunta ciudadana")]
    Pregunta,
    [Display(Name = "Autoevaluación")]
    Autoevaluacion,
    [Display(Name = "Acta")]
    Acta,
}
