using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Features.Audit;

/// <summary>The audit log, for administrators (the route is theirs only: StaffPageScope).</summary>
public class AuditLogModel(RindeDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Entidad { get; set; }
    [BindProperty(SupportsGet = true)] public string? Usuario { get; set; }

    public List<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = db.Set<AuditEntry>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Entidad)) query = query.Where(a => a.Entity == Entidad);
        if (!string.IsNullOrWhiteSpace(Usuario)) query = query.Where(a => a.User.Contains(Usuario));
        Entries = await query.OrderByDescending(a => a.Id).Take(200).ToListAsync(ct);
    }
}
