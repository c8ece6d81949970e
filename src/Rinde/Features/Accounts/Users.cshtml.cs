using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Features.Accounts;

/// <summary>The administrador creates staff accounts with roles and dependencies.</summary>
public class UsersModel(RindeDbContext db, UserAccounts accounts, Microsoft.AspNetCore.Identity.UserManager<RindeUser> users) : PageModel
{
    public sealed record Row(string Id, string Email, string Name, IList<string> Roles, List<string> Dependencies, bool Disabled);

    public sealed class Form
    {
        [Required(ErrorMessage = "Escriba el correo electrónico."), EmailAddress(ErrorMessage = "El correo no es válido.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Escriba el nombre.")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Escriba una contraseña inicial.")]
        public string Password { get; set; } = "";

        public List<string> Roles { get; set; } = [];
        public List<string> Dependencies { get; set; } = [];
    }

    [BindProperty] public Form Input { get; set; } = new();
    public List<Row> Users { get; private set; } = [];
    public List<(string Code, string Name)> AllDependencies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostUpdateAsync(string userId, List<string> roles, List<string> dependencies, bool disabled, CancellationToken ct)
    {
        var error = await accounts.UpdateAsync(userId, roles, dependencies, disabled, ct);
        TempData["Mensaje"] = error ?? Saved("Se actualizó el usuario.", roles, dependencies);
        return Redirect("/staff/usuarios");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var (id, errors) = await accounts.CreateAsync(new(Input.Email, Input.Password, Input.Name, Input.Roles, Input.Dependencies), ct);
            if (id is not null)
            {
                TempData["Mensaje"] = Saved($"Se creó el usuario {Input.Email}.", Input.Roles, Input.Dependencies);
                return Redirect("/staff/usuarios");
            }
            foreach (var (field, messages) in errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError($"Input.{char.ToUpperInvariant(field[0])}{field[1..]}", message);
                }
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>What was saved, with the warning when the account sees nothing (RoleGuide).</summary>
    private static string Saved(string done, List<string> roles, List<string> dependencies) =>
        RoleGuide.Warning(roles, dependencies.Count) is { } warning ? $"{done} Atención: {warning}" : done;

    private async Task LoadAsync(CancellationToken ct)
    {
        AllDependencies = (await db.Dependencies.OrderBy(d => d.Code).Select(d => new { d.Code, d.Name }).ToListAsync(ct))
            .Select(d => (d.Code, d.Name)).ToList();
        var memberships = await db.UserDependencies
            .Join(db.Dependencies, u => u.DependencyId, d => d.Id, (u, d) => new { u.UserId, d.Code }).ToListAsync(ct);
        foreach (var user in await users.Users.OrderBy(u => u.Email).ToListAsync(ct))
        {
            Users.Add(new Row(user.Id, user.Email!, user.DisplayName, await users.GetRolesAsync(user),
                [.. memberships.Where(m => m.UserId == user.Id).Select(m => m.Code)], user.LockoutEnd > DateTimeOffset.UtcNow.AddYears(100)));
        }
    }
}
