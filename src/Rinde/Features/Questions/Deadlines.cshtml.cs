using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Infrastructure;

namespace Rinde.Features.Questions;

/// <summary>Questions that must be answered in writing: what is due and what is overdue.</summary>
public class DeadlinesModel(RindeDbContext db, TimeProvider clock, Accounts.StaffScope scope) : PageModel
{
    public sealed record Row(int ExerciseId, string Exercise, int Number, string Text, QuestionType Type, DateOnly Due,
        bool Answered, int BusinessDaysLeft, DateOnly? ExtendedFrom = null);

    public List<Row> Pending { get; private set; } = [];
    public DateOnly Today { get; private set; }

    [BindProperty(SupportsGet = true)] public int? Ejercicio { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = ColombiaTime.Today(clock);
        var visible = await scope.VisibleAsync(db.Exercises, ct);
        // Also the questions assigned to this person's dependency in an exercise of the one above (StaffScope.AnswersAssignedOnlyAsync).
        var assigned = scope.MayAnswer ? await scope.AssignedAsync(db.CitizenQuestions, ct) : db.CitizenQuestions.Where(q => false);
        var rows = await db.CitizenQuestions.AsNoTracking()
            .Counted().Where(q => !q.AnsweredLive && q.Deadline != null && q.Answer == null && q.TransferredTo == null)
            .Where(q => Ejercicio == null || q.ExerciseId == Ejercicio)
            .Where(q => visible.Any(e => e.Id == q.ExerciseId) || assigned.Any(a => a.Id == q.Id))
            .Join(db.Exercises, q => q.ExerciseId, e => e.Id, (q, e) => new { q.ExerciseId, e.Title, e.Date, q.Number, q.Text, q.Type, q.Deadline, q.OriginalDeadline })
            .ToListAsync(ct);
        // Questions of a dialogue that has not happened yet are not due: it may still answer them live.
        Pending = rows.Where(r => r.Date < Today)
            .Select(r => new Row(r.ExerciseId, r.Title, r.Number, r.Text, r.Type, r.Deadline!.Value, false, BusinessDaysBetween(Today, r.Deadline!.Value), r.OriginalDeadline))
            .OrderBy(r => r.Due).ThenBy(r => r.Number).ToList();
    }

    /// <summary>Business days from today to the due date; negative once it has passed.</summary>
    public static int BusinessDaysBetween(DateOnly today, DateOnly due)
    {
        var sign = due >= today ? 1 : -1;
        var (from, to) = sign > 0 ? (today, due) : (due, today);
        var days = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            days += ColombianCalendar.IsBusinessDay(d) ? 1 : 0;
        }
        return sign * days;
    }
}
