using System.ComponentModel.DataAnnotations;

namespace Rinde.Features.Exercises;

/// <summary>What identifies an exercise: asked when creating it, edited in «Datos generales».</summary>
public class ExerciseForm
{
    [Display(Name = "Título", Description = "P. ej. «Segundo diálogo de rendición de cuentas 2021».")]
    [Required(ErrorMessage = "Escriba el título del ejercicio."), StringLength(300, ErrorMessage = "El título admite hasta 300 caracteres.")]
    public string Title { get; set; } = "";

    [Display(Name = "Dependencia", Description = "Si no aparece, créela primero en Configuración › Dependencias.")]
    [Required(ErrorMessage = "Elija la dependencia que rinde cuentas.")]
    public int? DependencyId { get; set; }

    [Display(Name = "Vigencia", Description = "Año fiscal sobre el que se rinde cuentas.")]
    [Required(ErrorMessage = "Escriba la vigencia."), Range(2000, 2100, ErrorMessage = "La vigencia debe ser un año entre 2000 y 2100.")]
    public int? Vigencia { get; set; }

    [Display(Name = "Número del diálogo en la vigencia", Description = "1 para el primero, 2 para el segundo…")]
    [Required(ErrorMessage = "Escriba el número del diálogo."), Range(1, 50, ErrorMessage = "El número del diálogo debe estar entre 1 y 50.")]
    public int? Ordinal { get; set; } = 1;

    [Display(Name = "Fecha del diálogo")]
    [Required(ErrorMessage = "Escriba la fecha del diálogo.")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Modalidad")]
    public Modality Modality { get; set; } = Modality.Virtual;

    [Display(Name = "Objetivo", Description = "Se imprime en el encabezado del acta.")]
    [DataType(DataType.MultilineText), StringLength(4000, ErrorMessage = "El objetivo admite hasta 4.000 caracteres.")]
    public string Objective { get; set; } = "";

    public virtual void ApplyTo(Exercise exercise)
    {
        exercise.Title = Title;
        exercise.DependencyId = DependencyId!.Value;
        exercise.Vigencia = Vigencia!.Value;
        exercise.Ordinal = Ordinal!.Value;
        exercise.Date = Date!.Value;
        exercise.Modality = Modality;
        exercise.Objective = Objective;
    }
}
