using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Acta;
using Rinde.Features.BackOffice;
using Rinde.Features.Dependencies;
using Rinde.Infrastructure;

namespace Rinde.Features.Exercises;

public class NewExerciseModel(RindeDbContext db, Accounts.StaffScope scope) : StaffPageModel(db)
{
    [BindProperty]
    public ExerciseForm Input { get; set; } = new();

    public bool HasDependencies => OptionsFor("DependencyId")?.Count > 0;
    public override string PartTitle => "Nuevo ejercicio";
    public override string Tab => "";

    public async Task OnGetAsync()
    {
        var today = DateOnly.FromDateTime(ColombiaTime.FromUtc(Now));
        (Input.Date, Input.Vigencia) = (today, today.Year);
        await LoadOptionsAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        InputCleaner.Clean(Input);
        await LoadOptionsAsync();
        ValidateChoices(Input, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var exercise = new Exercise
        {
            Title = Input.Title,
            Status = ActaState.Borrador,
            CreatedAt = Now,
            UpdatedAt = Now,
            // The newest format is the one in force; it can be changed in «Datos generales».
            ActaFormatId = await Db.ActaFormats.OrderByDescending(f => f.EffectiveDate).Select(f => (int?)f.Id).FirstOrDefaultAsync(),
        };
        Input.ApplyTo(exercise);
        Db.Exercises.Add(exercise);
        await Db.SaveChangesAsync();
        return Done($"Se creó el ejercicio «{exercise.Title}».", $"/staff/ejercicios/{exercise.Id}");
    }

    // Only the dependencies this person works for (administrador and revisor: all).
    private async Task LoadOptionsAsync()
    {
        var options = await DependencyTree.OptionsAsync(Db);
        if (!scope.SeesAll)
        {
            var mine = await scope.DependencyIdsAsync();
            options = [.. options.Where(o => int.TryParse(o.Value, out var id) && mine.Contains(id))];
        }
        Options["DependencyId"] = options;
    }
}
