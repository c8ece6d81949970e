using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Exercises;
using Rinde.Features.Questions;

namespace Rinde.Features.Portal;

/// <summary>Anyone follows a published question by its number; an unpublished one is not found.</summary>
[AllowAnonymous]
public class FollowQuestionModel(RindeDbContext db) : PageModel
{
    public FollowedQuestion Question { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int? number, [FromQuery] int? numero, CancellationToken ct)
    {
        if (number is null)
        {
            return numero is int n ? Redirect($"/ejercicios/{id}/preguntas/{n}") : Redirect($"/ejercicios/{id}");
        }
        var question = await db.CitizenQuestions.AsNoTracking().Include(q => q.Theme).Published()
            .FirstOrDefaultAsync(q => q.ExerciseId == id && q.Number == number && db.Exercises.Public().Any(e => e.Id == id), ct);
        if (question is null)
        {
            return NotFound();
        }
        Question = await FollowedQuestion.LoadAsync(db, question, ct);
        return Page();
    }
}
