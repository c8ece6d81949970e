using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Accounts;

namespace Rinde.Features.Contacts;

/// <summary>The grupos de valor lists of the user's dependencies, and a new list (StaffPageScope: editors only).</summary>
public class ListsPageModel(RindeDbContext db, StaffScope scope, ContactLists lists) : PageModel
{
    public sealed record Row(int Id, string Name, string Dependency, int Contacts);

    public List<Row> Lists { get; private set; } = [];
    public List<(int Id, string Name)> Dependencies { get; private set; } = [];
    public bool MayEdit => scope.MayEdit;

    [BindProperty] public string Nombre { get; set; } = "";
    [BindProperty] public int Dependencia { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await scope.CanUseDependencyAsync(Dependencia, ct) || !await db.Dependencies.AnyAsync(d => d.Id == Dependencia, ct))
        {
            ModelState.AddModelError(nameof(Dependencia), "Elija una de sus dependencias.");
        }
        else if ((await lists.CreateAsync(Dependencia, Nombre, ct)) is { List: null, Problem: var problem })
        {
            ModelState.AddModelError(nameof(Nombre), problem!);
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await LoadAsync(ct);
            return Page();
        }
        TempData["Mensaje"] = $"Se creó la lista «{Nombre.Trim()}».";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Lists = await (await lists.VisibleAsync(scope, ct)).OrderBy(l => l.Dependency.Name).ThenBy(l => l.Name)
            .Select(l => new Row(l.Id, l.Name, l.Dependency.Name, l.Contacts.Count)).ToListAsync(ct);
        var all = await db.Dependencies.AsNoTracking().OrderBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync(ct);
        var mine = scope.SeesAll ? null : await scope.DependencyIdsAsync(ct);
        Dependencies = all.Where(d => mine is null || mine.Contains(d.Id)).Select(d => (d.Id, d.Name)).ToList();
    }
}
