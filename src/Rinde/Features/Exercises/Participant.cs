using System.ComponentModel.DataAnnotations;

namespace Rinde.Features.Exercises;

/// <summary>A person listed in the acta's header as attendee, absent or invited.</summary>
public class Participant : Data.ISoftDeletable
{
    public int Id { get; set; }
    public int ExerciseId { get; set; }
    public ParticipantKind Kind { get; set; }
    public required string Name { get; set; }
    public string Position { get; set; } = "";
    public int Order { get; set; }
}

public enum ParticipantKind
{
    [Display(Name = "Asistente")]
    Asistente,
    [Display(Name = "Ausente")]
    Ausente,
    [Display(Name = "Invitado")]
    Invitado,
}
