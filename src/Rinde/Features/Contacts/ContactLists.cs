using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Accounts;

namespace Rinde.Features.Contacts;

/// <summary>
/// Which contact lists a staff member reaches: those of the dependencies they work for (and
/// sub-units), all for administrador and revisor, the same rule as exercises (StaffScope).
/// </summary>
public sealed class ContactLists(RindeDbContext db, TimeProvider clock)
{
    public async Task<IQueryable<ContactList>> VisibleAsync(StaffScope scope, CancellationToken ct)
    {
        var lists = db.Set<ContactList>().AsNoTracking();
        if (scope.SeesAll) return lists;
        var dependencies = (await scope.DependencyIdsAsync(ct)).ToList();
        return lists.Where(l => dependencies.Contains(l.DependencyId));
    }

    /// <summary>The list, when this person reaches it; null otherwise (it does not exist for them).</summary>
    public async Task<ContactList?> FindAsync(StaffScope scope, int id, CancellationToken ct) =>
        await (await VisibleAsync(scope, ct)).Include(l => l.Dependency).FirstOrDefaultAsync(l => l.Id == id, ct);

    /// <summary>A list named by its number, or by its name among the visible ones, or a new one of the user's only dependency.</summary>
    public async Task<(ContactList? List, string? Problem)> ResolveAsync(StaffScope scope, string value, ClaimsPrincipal user, CancellationToken ct)
    {
        value = Infrastructure.TextInput.Clean(value).Trim();
        if (value.Length == 0) return (null, "Indique la lista en el campo «list» (su número o su nombre).");
        if (int.TryParse(value, out var id))
        {
            return await FindAsync(scope, id, ct) is { } byId ? (byId, null) : (null, $"No existe la lista {id} o no es de sus dependencias.");
        }
        var named = await (await VisibleAsync(scope, ct)).Where(l => l.Name == value).ToListAsync(ct);
        if (named.Count == 1) return (named[0], null);
        if (named.Count > 1) return (null, $"Hay varias listas «{value}» en sus dependencias: indique su número.");
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var own = await db.UserDependencies.Where(u => u.UserId == userId).Select(u => u.DependencyId).ToListAsync(ct);
        if (own.Count != 1) return (null, $"No existe la lista «{value}»: créela en /staff/contactos o indique su número.");
        return await CreateAsync(own[0], value, ct);
    }

    public async Task<(ContactList? List, string? Problem)> CreateAsync(int dependencyId, string name, CancellationToken ct)
    {
        name = name.Trim();
        if (name.Length is 0 or > ContactRules.MaxName) return (null, $"El nombre de la lista debe tener entre 1 y {ContactRules.MaxName} caracteres.");
        if (await db.Set<ContactList>().AnyAsync(l => l.DependencyId == dependencyId && l.Name == name, ct))
            return (null, $"Ya existe una lista «{name}» en esa dependencia.");
        var list = new ContactList { DependencyId = dependencyId, Name = name, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.Add(list);
        await db.SaveChangesAsync(ct);
        return (list, null);
    }
}
