using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.BackOffice;
using Rinde.Infrastructure;

namespace Rinde.Features.Survey.Responses.PublicForm;

/// <summary>The public form's link and when it opens and closes (typed in Colombia's time, stored in UTC).</summary>
public class FormSettingsModel(RindeDbContext db) : StaffPageModel(db)
{
    public sealed class Form
    {
        [Display(Name = "Abre", Description = "Fecha y hora de Colombia. Vacío: a las 00:00 del día del diálogo.")]
        public DateTime? OpensAt { get; set; }

        [Display(Name = "Cierra", Description = "Fecha y hora de Colombia. Vacío: al terminar el día 15 después del diálogo.")]
        public DateTime? ClosesAt { get; set; }
    }

    [BindProperty]
    public Form Input { get; set; } = new();

    public SurveyWindow Window { get; private set; } = null!;
    public SurveyState State { get; private set; }
    public int Questions { get; private set; }
    public int OnlineResponses { get; private set; }

    public override string PartTitle => "Formulario público de la encuesta";
    public override string Tab => "encuesta-formulario";

    public async Task OnGetAsync()
    {
        var exercise = await LoadAsync();
        Input = new() { OpensAt = ColombiaTime.FromUtc(exercise.SurveyOpensAt), ClosesAt = ColombiaTime.FromUtc(exercise.SurveyClosesAt) };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Input.OpensAt is DateTime opens && Input.ClosesAt is DateTime closes && closes <= opens)
        {
            ModelState.AddModelError("Input.ClosesAt", "El cierre debe ser posterior a la apertura.");
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var exercise = await Db.Exercises.FirstAsync(e => e.Id == ExerciseId);
        exercise.SurveyOpensAt = ColombiaTime.ToUtc(Input.OpensAt);
        exercise.SurveyClosesAt = ColombiaTime.ToUtc(Input.ClosesAt);
        exercise.UpdatedAt = Now;
        await Db.SaveChangesAsync();
        return Done("Se guardaron las fechas del formulario.");
    }

    private async Task<Exercises.Exercise> LoadAsync()
    {
        var exercise = await Db.Exercises.AsNoTracking().FirstAsync(e => e.Id == ExerciseId);
        Window = SurveyWindow.Of(exercise);
        State = Window.StateAt(Now);
        Questions = await Db.SurveyQuestions.CountAsync(q => q.ExerciseId == ExerciseId);
        OnlineResponses = await Db.SurveyResponses.CountAsync(r => r.ExerciseId == ExerciseId && r.Origin == ResponseOrigin.Rinde);
        return exercise;
    }
}
