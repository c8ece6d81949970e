using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Exercises;
using Rinde.Infrastructure;

namespace Rinde.Features.Commitments;

/// <summary>What was promised and how it goes, for everyone: the whole entity, or one exercise.</summary>
[AllowAnonymous]
public class PublicCommitmentsModel(RindeDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(int ExerciseId, string Exercise, string Dependency, string Description, string Owner,
        DateOnly? Due, CommitmentStatus Status, int? QuestionNumber, bool Overdue, string? LastProgress, DateOnly? LastProgressDate);

    public string? ExerciseTitle { get; private set; }
    public List<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (id is int exerciseId)
        {
            ExerciseTitle = await db.Exercises.Public().Where(e => e.Id == exerciseId).Select(e => e.Title).FirstOrDefaultAsync(ct);
            if (ExerciseTitle is null)
            {
                return NotFound();
            }
        }
        var today = ColombiaTime.Today(clock);
        var rows = await db.Commitments.AsNoTracking()
            .Where(c => id == null || c.ExerciseId == id)
            .Join(db.Exercises.Public(), c => c.ExerciseId, e => e.Id, (c, e) => new { c, e.Title, Dependency = e.Dependency.Name, e.Date })
            .OrderByDescending(x => x.Date).ThenBy(x => x.c.Order)
            .Select(x => new
            {
                x.c.ExerciseId, x.Title, x.Dependency, x.c.Description, x.c.Owner, x.c.DueDate, x.c.Status,
                QuestionNumber = db.CitizenQuestions.Where(q => q.Id == x.c.QuestionId).Select(q => (int?)q.Number).FirstOrDefault(),
                Last = db.CommitmentProgress.Where(p => p.CommitmentId == x.c.Id).OrderByDescending(p => p.Date).ThenByDescending(p => p.Id)
                    .Select(p => new { p.Note, p.Date }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        Rows = rows.Select(r => new Row(r.ExerciseId, r.Title, r.Dependency, r.Description, r.Owner, r.DueDate, r.Status, r.QuestionNumber,
            IsOverdue(r.DueDate, r.Status, today), r.Last?.Note, r.Last?.Date)).ToList();
        return Page();
    }

    public static bool IsOverdue(DateOnly? due, CommitmentStatus status, DateOnly today) =>
        due < today && status is CommitmentStatus.Pendiente or CommitmentStatus.EnCurso;
}
