using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Acta;
using Rinde.Features.Acta.Workflow;
using Rinde.Features.Questions;

namespace Rinde.Features.Exercises;

/// <summary>The back-office's first page: what waits for this person, then every exercise they see.</summary>
public class StaffIndexModel(RindeDbContext db, Accounts.StaffScope scope) : PageModel
{
    public sealed record Row(int Id, string Title, string Dependency, DateOnly Date, ActaState Status);

    /// <summary>Actas whose next step is this person's (ActaLifecycle.AwaitsFrom), under "Actas que esperan …".</summary>
    public sealed record Waiting(string Heading, List<Row> Actas);

    /// <summary>Questions assigned to this person's dependency still without an answer, per exercise (its desk).</summary>
    public sealed record Assigned(int ExerciseId, string Title, int Pending);

    public List<Row> Exercises { get; private set; } = [];
    public List<Waiting> Awaiting { get; private set; } = [];
    public List<Assigned> AssignedQuestions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Exercises = await (await scope.VisibleAsync(db.Exercises, ct)).OrderByDescending(e => e.Date)
            .Select(e => new Row(e.Id, e.Title, e.Dependency.Name, e.Date, e.Status))
            .ToListAsync(ct);
        Awaiting = [.. Exercises.Where(e => ActaLifecycle.AwaitsFrom(e.Status, User.IsInRole))
            .GroupBy(e => e.Status).OrderBy(g => g.Key)
            .Select(g => new Waiting($"Actas que esperan {ActaLifecycle.Awaits(g.Key)}", [.. g]))];
        if (scope.MayAnswer)
        {
            var pending = await (await scope.AssignedAsync(db.CitizenQuestions.Counted(), ct))
                .Where(q => q.Answer == null && q.TransferredTo == null)
                .GroupBy(q => q.ExerciseId).Select(g => new { Id = g.Key, Count = g.Count() }).ToListAsync(ct);
            var ids = pending.Select(p => p.Id).ToList();
            var titles = await db.Exercises.Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Title, ct);
            AssignedQuestions = [.. pending.Where(p => titles.ContainsKey(p.Id)).OrderBy(p => p.Id).Select(p => new Assigned(p.Id, titles[p.Id], p.Count))];
        }
    }
}
