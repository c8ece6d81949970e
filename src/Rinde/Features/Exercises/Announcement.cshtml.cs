using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.BackOffice;

namespace Rinde.Features.Exercises;

/// <summary>
/// Whether the exercise is on the portal: publishing its announcement makes it public
/// (PublicExercises); a draft that went nowhere may be deleted (soft, audited).
/// </summary>
public class AnnouncementModel(RindeDbContext db, Microsoft.Extensions.Caching.Memory.IMemoryCache cache) : StaffPageModel(db)
{
    public override string PartTitle => "Publicación en el portal";
    public override string Tab => "datos-portal";

    public DateTime? AnnouncedAt { get; private set; }
    public bool MayDelete { get; private set; }

    [BindProperty(SupportsGet = true, Name = "eliminar")]
    public bool ConfirmDelete { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAnnounceAsync()
    {
        var exercise = await Db.Exercises.FirstAsync(e => e.Id == ExerciseId);
        if (exercise.AnnouncedAt is null)
        {
            exercise.AnnouncedAt = Now;
            exercise.UpdatedAt = Now;
            await Db.SaveChangesAsync();
            // This node takes questions at once; others within QuestionReception's few seconds of cache.
            Questions.Intake.QuestionReception.Forget(cache, ExerciseId);
        }
        return Done("El ejercicio quedó publicado en el portal: la ciudadanía ya puede verlo y enviar preguntas.");
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        await using var transaction = await BeginEditAsync();
        var exercise = await Db.Exercises.FirstAsync(e => e.Id == ExerciseId);
        if (!PublicExercises.MayDelete(exercise))
        {
            TempData["Error"] = "Solo se puede eliminar un borrador que no se ha publicado en el portal ni enviado a revisión.";
            return Redirect(PagePath);
        }
        // SoftDelete turns the removal into a mark; the audit log records who and when.
        Db.Exercises.Remove(exercise);
        await Db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData["Mensaje"] = $"Se eliminó el borrador «{exercise.Title}».";
        return Redirect("/staff");
    }

    private async Task LoadAsync()
    {
        var exercise = await Db.Exercises.AsNoTracking().FirstAsync(e => e.Id == ExerciseId);
        (AnnouncedAt, MayDelete) = (exercise.AnnouncedAt, PublicExercises.MayDelete(exercise));
    }
}
