using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Exercises;

namespace Rinde.Features.Acta.Workflow;

/// <summary>The public archive of published actas, by dependency and year, searchable by text.</summary>
[AllowAnonymous]
public class PublicArchiveModel(ActaArchive archive, RindeDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Dependencia { get; set; }
    [BindProperty(SupportsGet = true)] public int? Vigencia { get; set; }
    [BindProperty(SupportsGet = true)] public string? Buscar { get; set; }

    public List<ArchiveApi.PublishedActa> Actas { get; private set; } = [];
    public List<(string Code, string Name)> Dependencies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Actas = await archive.PublishedAsync(Dependencia, Vigencia, Buscar, ct);
        Dependencies = (await db.Exercises.AsNoTracking().Where(e => e.Status == ActaState.Publicada)
            .Select(e => new { e.Dependency.Code, e.Dependency.Name }).Distinct().OrderBy(d => d.Name).ToListAsync(ct))
            .Select(d => (d.Code, d.Name)).ToList();
    }
}
