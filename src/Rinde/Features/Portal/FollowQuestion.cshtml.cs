using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Questions;

namespace Rinde.Features.Portal;

/// <summary>A citizen follows a question by its number; only what may be published is shown.</summary>
[AllowAnonymous]
public class FollowQuestionModel(RindeDbContext db) : PageModel
{
    public int ExerciseId { get; private set; }
    public string ExerciseTitle { get; private set; } = "";
    public CitizenQuestion Question { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int? number, [FromQuery] int? numero, CancellationToken ct)
    {
        if (number is null)
        {
            return numero is int n ? Redirect($"/ejercicios/{id}/preguntas/{n}") : Redirect($"/ejercicios/{id}");
        }
        var question = await db.CitizenQuestions.AsNoTracking().Include(q => q.Theme)
            .FirstOrDefaultAsync(q => q.ExerciseId == id && q.Number == number, ct);
        if (question is null)
        {
            return NotFound();
        }
        ExerciseId = id;
        ExerciseTitle = await db.Exercises.Where(e => e.Id == id).Select(e => e.Title).FirstAsync(ct);
        Question = question;
        return Page();
    }
}
