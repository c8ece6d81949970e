using System.ComponentModel.DataAnnotations;
using Rinde.Features.BackOffice;
using Rinde.Infrastructure;

namespace Rinde.Features.Exercises;

/// <summary>«Datos generales»: the acta's header, the event's times and place, accessibility and format.</summary>
public sealed class GeneralDataForm : ExerciseForm
{
    [Display(Name = "Formato del acta", Description = "Formato del sistema de gestión que se imprime en el encabezado.")]
    public int? ActaFormatId { get; set; }

    [Display(Name = "Detalle de la modalidad", Description = "P. ej. «Facebook Live – Virtual».")]
    [StringLength(300, ErrorMessage = "El detalle admite hasta 300 caracteres.")]
    public string ModalityDetail { get; set; } = "";

    [Display(Name = "Hora de inicio programada")]
    public TimeOnly? ScheduledStart { get; set; }

    [Display(Name = "Hora de fin programada")]
    public TimeOnly? ScheduledEnd { get; set; }

    [Display(Name = "Hora real de inicio")]
    public TimeOnly? ActualStart { get; set; }

    [Display(Name = "Hora real de fin")]
    public TimeOnly? ActualEnd { get; set; }

    [Display(Name = "Lugar", Description = "P. ej. «Estudios de Telepacífico».")]
    [StringLength(300, ErrorMessage = "El lugar admite hasta 300 caracteres.")]
    public string Place { get; set; } = "";

    [Display(Name = "Enlace de la transmisión"), DataType(DataType.Url)]
    [Infrastructure.SafeLink]
    public string StreamLink { get; set; } = "";

    [Display(Name = "Con intérprete de lengua de señas")]
    public bool SignLanguageInterpreter { get; set; }

    [Display(Name = "Con subtítulos")]
    public bool Subtitles { get; set; }

    [Display(Name = "Notas de accesibilidad"), DataType(DataType.MultilineText)]
    public string AccessibilityNotes { get; set; } = "";

    [Display(Name = "Cierre de la recepción de preguntas", Description = "Fecha y hora de Colombia. Vacío: hasta el día del diálogo.")]
    public DateTime? QuestionsCloseAt { get; set; }

    public static GeneralDataForm From(Exercise e) => new()
    {
        Title = e.Title, DependencyId = e.DependencyId, Vigencia = e.Vigencia, Ordinal = e.Ordinal, Date = e.Date,
        Modality = e.Modality, Objective = e.Objective, ActaFormatId = e.ActaFormatId, ModalityDetail = e.ModalityDetail,
        ScheduledStart = e.ScheduledStart, ScheduledEnd = e.ScheduledEnd, ActualStart = e.ActualStart, ActualEnd = e.ActualEnd,
        Place = e.Place, StreamLink = e.StreamLink, SignLanguageInterpreter = e.SignLanguageInterpreter, Subtitles = e.Subtitles,
        AccessibilityNotes = e.AccessibilityNotes, QuestionsCloseAt = ColombiaTime.FromUtc(e.QuestionsCloseAt),
    };

    public override void ApplyTo(Exercise exercise)
    {
        base.ApplyTo(exercise);
        (exercise.ActaFormatId, exercise.ModalityDetail, exercise.Place, exercise.StreamLink) = (ActaFormatId, ModalityDetail, Place, StreamLink);
        (exercise.ScheduledStart, exercise.ScheduledEnd, exercise.ActualStart, exercise.ActualEnd) = (ScheduledStart, ScheduledEnd, ActualStart, ActualEnd);
        (exercise.SignLanguageInterpreter, exercise.Subtitles, exercise.AccessibilityNotes) = (SignLanguageInterpreter, Subtitles, AccessibilityNotes);
        exercise.QuestionsCloseAt = ColombiaTime.ToUtc(QuestionsCloseAt);
    }

    /// <summary>The checks that span two fields, as (field, Spanish message).</summary>
    public IEnumerable<(string Field, string Message)> CrossChecks()
    {
        if (ScheduledStart is { } s && ScheduledEnd is { } e && e <= s)
        {
            yield return (nameof(ScheduledEnd), "La hora de fin programada debe ser posterior a la de inicio.");
        }
        if (ActualStart is { } a && ActualEnd is { } b && b <= a)
        {
            yield return (nameof(ActualEnd), "La hora real de fin debe ser posterior a la de inicio.");
        }
        if (QuestionsCloseAt is { Year: < 2000 or > 2100 })
        {
            yield return (nameof(QuestionsCloseAt), "Escriba una fecha entre los años 2000 y 2100.");
        }
    }
}
