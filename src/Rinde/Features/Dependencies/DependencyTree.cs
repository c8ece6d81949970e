using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Features.Dependencies;

/// <summary>The dependencies in tree order (each followed by its sub-units, by code), for lists and selects.</summary>
public static class DependencyTree
{
    public static List<(Dependency Dependency, int Depth)> Flatten(IReadOnlyCollection<Dependency> all, int? rootId = null)
    {
        var ids = all.Select(d => d.Id).ToHashSet();
        var children = all.ToLookup(d => d.ParentId is int p && ids.Contains(p) ? p : (int?)null);
        var roots = rootId is int r ? all.Where(d => d.Id == r) : children[null];
        var result = new List<(Dependency, int)>();
        void Visit(Dependency d, int depth)
        {
            result.Add((d, depth));
            foreach (var child in children[d.Id].OrderBy(c => c.Code, StringComparer.Ordinal))
            {
                Visit(child, depth + 1);
            }
        }
        foreach (var root in roots.OrderBy(d => d.Code, StringComparer.Ordinal))
        {
            Visit(root, 0);
        }
        return result;
    }

    public static string Indented(Dependency d, int depth) => new string('—', depth) + (depth > 0 ? " " : "") + d.Name;

    /// <summary>Options "4112 · Secretaría de Gobierno", sub-units indented; only rootId's subtree when given.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> OptionsAsync(RindeDbContext db, int? rootId = null)
    {
        var all = await db.Dependencies.AsNoTracking().ToListAsync();
        return [.. Flatten(all, rootId).Select(n => new SelectListItem(
            $"{new string('—', n.Depth)}{(n.Depth > 0 ? " " : "")}{n.Dependency.Code} · {n.Dependency.Name}",
            n.Dependency.Id.ToString(CultureInfo.InvariantCulture)))];
    }
}
