using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Features.Messages;

/// <summary>A staff member a notice goes to.</summary>
public sealed record StaffMember(string Id, string Email, string Name);

/// <summary>
/// Who must act next on a dependency's work: the active users with a role who work for that
/// dependency or one above it (StaffScope's rule read upwards). A role nobody holds there falls
/// back to those with the role and no dependency (who see everything).
/// </summary>
public static class StaffRecipients
{
    public static async Task<List<StaffMember>> WithRoleAsync(RindeDbContext db, int dependencyId, string[] roles, CancellationToken ct)
    {
        var above = await AboveAsync(db, dependencyId, ct);
        var users = (await WithRoles(db, roles).Select(u => new
        {
            u.Id, u.Email, u.DisplayName, u.LockoutEnd, Dependencies = db.UserDependencies.Where(d => d.UserId == u.Id).Select(d => d.DependencyId).ToList(),
        }).ToListAsync(ct)).Where(u => Active(u.LockoutEnd)).ToList();
        var theirs = users.Where(u => u.Dependencies.Any(above.Contains)).ToList();
        if (theirs.Count == 0) theirs = users.Where(u => u.Dependencies.Count == 0).ToList();
        return theirs.Select(u => new StaffMember(u.Id, u.Email!, u.DisplayName)).ToList();
    }

    /// <summary>Everyone who works on the dependency's exercises, whatever their role.</summary>
    public static Task<List<StaffMember>> OfDependencyAsync(RindeDbContext db, int dependencyId, CancellationToken ct) =>
        WithRoleAsync(db, dependencyId, [.. Accounts.Roles.All], ct);

    /// <summary>Every active user with an address: their own dependencies, and whether their role sees everything.</summary>
    public static async Task<List<(StaffMember Member, IReadOnlyList<int> Dependencies, bool SeesAll)>> AllActiveAsync(RindeDbContext db, CancellationToken ct)
    {
        var wide = WithRoles(db, [Accounts.Roles.Administrador, Accounts.Roles.Revisor]).Select(u => u.Id);
        var users = await db.Users.AsNoTracking().Where(u => u.Email != null).Select(u => new
        {
            u.Id, u.Email, u.DisplayName, u.LockoutEnd, SeesAll = wide.Contains(u.Id),
            Dependencies = db.UserDependencies.Where(d => d.UserId == u.Id).Select(d => d.DependencyId).ToList(),
        }).ToListAsync(ct);
        return users.Where(u => Active(u.LockoutEnd))
            .Select(u => (new StaffMember(u.Id, u.Email!, u.DisplayName), (IReadOnlyList<int>)u.Dependencies, u.SeesAll)).ToList();
    }

    /// <summary>The user whose address or name is written in a question's «asignada a», if any.</summary>
    public static async Task<StaffMember?> NamedAsync(RindeDbContext db, string person, CancellationToken ct)
    {
        var (name, key) = (person.Trim(), person.Trim().ToUpperInvariant());
        var found = await db.Users.AsNoTracking().Where(u => u.Email != null && (u.NormalizedEmail == key || u.DisplayName == name))
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.LockoutEnd }).ToListAsync(ct);
        return found.Where(u => Active(u.LockoutEnd)).Select(u => new StaffMember(u.Id, u.Email!, u.DisplayName)).FirstOrDefault();
    }

    // Blocked accounts (UserAccounts: lockout) are told nothing; compared here, SQLite cannot compare offsets.
    private static bool Active(DateTimeOffset? lockoutEnd) => lockoutEnd is null || lockoutEnd < DateTimeOffset.UtcNow;

    private static IQueryable<Accounts.RindeUser> WithRoles(RindeDbContext db, string[] roles)
    {
        var roleIds = db.Roles.Where(r => roles.Contains(r.Name!)).Select(r => r.Id);
        var holders = db.UserRoles.Where(ur => roleIds.Contains(ur.RoleId)).Select(ur => ur.UserId);
        return db.Users.AsNoTracking().Where(u => holders.Contains(u.Id) && u.Email != null);
    }

    private static async Task<HashSet<int>> AboveAsync(RindeDbContext db, int dependencyId, CancellationToken ct)
    {
        var parents = await db.Dependencies.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.ParentId, ct);
        var above = new HashSet<int>();
        for (int? id = dependencyId; id is int current && above.Add(current);)
        {
            id = parents.GetValueOrDefault(current);
        }
        return above;
    }
}
