using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Acta;

namespace Rinde.Features.Exercises;

public class StaffIndexModel(RindeDbContext db, Accounts.StaffScope scope) : PageModel
{
    public sealed record Row(int Id, string Title, string Dependency, DateOnly Date, ActaState Status);

    public List<Row> Exercises { get; private set; } = [];

    public async Task OnGetAsync() =>
        Exercises = await (await scope.VisibleAsync(db.Exercises)).OrderByDescending(e => e.Date)
            .Select(e => new Row(e.Id, e.Title, e.Dependency.Name, e.Date, e.Status))
            .ToListAsync();
}
