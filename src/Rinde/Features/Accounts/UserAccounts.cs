using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Features.Accounts;

/// <summary>Creates staff accounts with their roles and dependencies (API and page alike).</summary>
public sealed class UserAccounts(UserManager<RindeUser> users, RindeDbContext db)
{
    public sealed record NewUser(string? Email, string? Password, string? Name, List<string>? Roles, List<string>? Dependencies);

    /// <summary>The new user's id, or every invalid field with its Spanish message.</summary>
    public async Task<(string? Id, Dictionary<string, string[]> Errors)> CreateAsync(NewUser request, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var roles = request.Roles ?? [];
        var unknownRoles = roles.Where(r => !Accounts.Roles.All.Contains(r)).ToList();
        if (roles.Count == 0 || unknownRoles.Count > 0)
        {
            errors["roles"] = [$"Indique uno o más roles entre: {string.Join(", ", Accounts.Roles.All)}."];
        }
        var codes = request.Dependencies ?? [];
        var dependencies = await db.Dependencies.Where(d => codes.Contains(d.Code)).Select(d => new { d.Id, d.Code }).ToListAsync(ct);
        var missing = codes.Except(dependencies.Select(d => d.Code)).ToList();
        if (missing.Count > 0)
        {
            errors["dependencies"] = [$"No existen las dependencias con código {string.Join(", ", missing)}."];
        }
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            errors["email"] = ["Escriba el correo electrónico."];
        }
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors["name"] = ["Escriba el nombre."];
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var user = new RindeUser { UserName = request.Email!.Trim(), Email = request.Email.Trim(), EmailConfirmed = true, DisplayName = request.Name!.Trim() };
        var created = await users.CreateAsync(user, request.Password ?? "");
        if (!created.Succeeded)
        {
            var field = created.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? "password" : "email";
            return (null, new() { [field] = [.. created.Errors.Select(e => e.Description)] });
        }
        await users.AddToRolesAsync(user, roles);
        db.UserDependencies.AddRange(dependencies.Select(d => new UserDependency { UserId = user.Id, DependencyId = d.Id }));
        await db.SaveChangesAsync(ct);
        return (user.Id, errors);
    }

    /// <summary>Replaces a user's roles and dependencies, and blocks or unblocks the account.</summary>
    public async Task<string?> UpdateAsync(string userId, List<string> roles, List<string> dependencyCodes, bool disabled, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return "No existe ese usuario.";
        }
        if (roles.Count == 0 || roles.Any(r => !Accounts.Roles.All.Contains(r)))
        {
            return "Indique uno o más roles válidos.";
        }
        var dependencies = await db.Dependencies.Where(d => dependencyCodes.Contains(d.Code)).Select(d => d.Id).ToListAsync(ct);
        await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        await users.AddToRolesAsync(user, roles);
        db.UserDependencies.RemoveRange(db.UserDependencies.Where(u => u.UserId == userId));
        db.UserDependencies.AddRange(dependencies.Select(d => new UserDependency { UserId = userId, DependencyId = d }));
        // A blocked account cannot sign in; nothing of what it did is deleted.
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, disabled ? DateTimeOffset.MaxValue : null);
        await db.SaveChangesAsync(ct);
        await Revocation.RevokeAsync(users, user);
        return null;
    }
}
