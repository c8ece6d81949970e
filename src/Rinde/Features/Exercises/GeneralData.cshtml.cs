using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.BackOffice;
using Rinde.Features.Dependencies;
using Rinde.Infrastructure;

namespace Rinde.Features.Exercises;

public class GeneralDataModel(RindeDbContext db) : StaffPageModel(db)
{
    [BindProperty]
    public GeneralDataForm Input { get; set; } = new();

    public override string PartTitle => "Datos generales";
    public override string Tab => "datos";

    public EditState Edit { get; } = new();

    public async Task OnGetAsync()
    {
        Input = GeneralDataForm.From(await Db.Exercises.AsNoTracking().FirstAsync(e => e.Id == ExerciseId));
        await LoadOptionsAsync();
        Edit.Stamp = EditStamp.Of(EditStamp.FieldsOf(Input));
    }

    public async Task<IActionResult> OnPostAsync()
    {
        InputCleaner.Clean(Input);
        await LoadOptionsAsync();
        ValidateChoices(Input, nameof(Input));
        foreach (var (field, message) in Input.CrossChecks())
        {
            ModelState.AddModelError($"{nameof(Input)}.{field}", message);
        }
        var created = await Db.Exercises.Where(e => e.Id == ExerciseId).Select(e => e.CreatedAt).FirstAsync();
        if (ModelState.IsValid && Input.Date is { } date && Questions.Intake.IntakeWindow.CloseProblem(ColombiaTime.ToUtc(Input.QuestionsCloseAt), created, date) is { } closeProblem)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.QuestionsCloseAt)}", closeProblem);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await using var transaction = await BeginEditAsync();
        var exercise = await Db.Exercises.FirstAsync(e => e.Id == ExerciseId);
        if (Edit.Refuse(SeenStamp, EditStamp.FieldsOf(GeneralDataForm.From(exercise), this), EditStamp.FieldsOf(Input, this)))
        {
            return Page();
        }
        Input.ApplyTo(exercise);
        exercise.UpdatedAt = Now;
        await Db.SaveChangesAsync();
        await transaction.CommitAsync();
        return Done("Se guardaron los datos generales.");
    }

    private async Task LoadOptionsAsync()
    {
        Options["DependencyId"] = await DependencyTree.OptionsAsync(Db);
        Options["ActaFormatId"] = await Db.ActaFormats.OrderByDescending(f => f.EffectiveDate)
            .Select(f => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(f.Code + " v" + f.Version + " · " + f.FormName, f.Id.ToString()))
            .ToListAsync();
    }
}
