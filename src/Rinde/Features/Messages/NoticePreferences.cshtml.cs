using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Features.Messages;

/// <summary>Each staff member turns their own daily digest on or off.</summary>
public class NoticePreferencesModel(RindeDbContext db) : PageModel
{
    [BindProperty] public bool Resumen { get; set; } = true;

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync(CancellationToken ct) =>
        Resumen = !await db.Set<StaffNoticePreference>().AnyAsync(p => p.UserId == UserId && p.DigestOff, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var preference = await db.Set<StaffNoticePreference>().FirstOrDefaultAsync(p => p.UserId == UserId, ct);
        if (preference is null)
        {
            preference = new StaffNoticePreference { UserId = UserId };
            db.Add(preference);
        }
        preference.DigestOff = !Resumen;
        await db.SaveChangesAsync(ct);
        TempData["Mensaje"] = Resumen ? "Recibirá el resumen diario de vencimientos." : "Ya no recibirá el resumen diario de vencimientos.";
        return RedirectToPage();
    }
}
