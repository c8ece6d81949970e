using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Exercises;
using Rinde.Infrastructure;

namespace Rinde.Features.Portal;

[AllowAnonymous]
public class HomeModel(RindeDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(int Id, string Title, string Dependency, DateOnly Date);

    public List<Row> Upcoming { get; private set; } = [];
    public List<Row> Past { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = ColombiaTime.Today(clock);
        var all = await db.Exercises.AsNoTracking().Public()
            .Select(e => new Row(e.Id, e.Title, e.Dependency.Name, e.Date)).ToListAsync(ct);
        Upcoming = all.Where(e => e.Date >= today).OrderBy(e => e.Date).ToList();
        Past = all.Where(e => e.Date < today).OrderByDescending(e => e.Date).ToList();
    }
}
