using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Questions;

namespace Rinde.Features.Portal;

/// <summary>The asker follows the question, whatever its state, with the follow code only they received.</summary>
[AllowAnonymous]
public class FollowByCodeModel(RindeDbContext db) : PageModel
{
    public FollowedQuestion Question { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, string followCode, CancellationToken ct)
    {
        var question = followCode.Length == PublicQuestions.FollowCodeLength
            ? await db.CitizenQuestions.AsNoTracking().Include(q => q.Theme)
                .FirstOrDefaultAsync(q => q.ExerciseId == id && q.FollowCode == followCode, ct)
            : null;
        if (question is null)
        {
            return NotFound();
        }
        Question = await FollowedQuestion.LoadAsync(db, question, ct);
        return Page();
    }
}
