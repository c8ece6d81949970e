using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Exercises;

namespace Rinde.Features.Portal;

[AllowAnonymous]
public class CalendarFileModel(RindeDbContext db, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var exercise = await db.Exercises.AsNoTracking().Public().Include(e => e.Dependency).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (exercise is null)
        {
            return NotFound();
        }
        var page = $"{Request.Scheme}://{Request.Host}/ejercicios/{id}";
        var ics = CalendarLinks.Ics(exercise, page, clock.GetUtcNow().UtcDateTime);
        return File(Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", $"rendicion-de-cuentas-{id}.ics");
    }
}
