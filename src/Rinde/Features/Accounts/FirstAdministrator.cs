using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Rinde.Features.Accounts;

/// <summary>
/// On first start (no user at all) creates the administrator from RINDE_ADMIN_EMAIL and
/// RINDE_ADMIN_PASSWORD, or with a random password printed once to the console.
/// </summary>
internal sealed class FirstAdministrator(
    UserManager<RindeUser> users,
    RoleManager<IdentityRole> roles,
    IConfiguration configuration,
    ILogger<FirstAdministrator> logger) : Infrastructure.IStartupStep
{
    public async Task RunAsync(IServiceProvider services)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
        if (users.Users.Any())
        {
            return;
        }

        var email = configuration["RINDE_ADMIN_EMAIL"] is { Length: > 0 } e ? e : "admin@rinde.local";
        var password = configuration["RINDE_ADMIN_PASSWORD"];
        var generated = string.IsNullOrEmpty(password);
        if (generated)
        {
            password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('/', 'x').Replace('+', 'y');
        }

        var admin = new RindeUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Administrador" };
        var result = await users.CreateAsync(admin, password!);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                "No se pudo crear el administrador inicial: " + string.Join(" ", result.Errors.Select(x => x.Description)));
        }
        await users.AddToRoleAsync(admin, Roles.Administrador);

        if (generated)
        {
            // Printed once, on purpose: it is the only way a newcomer learns it.
            Console.WriteLine($"Administrador inicial: {email} / contraseña: {password}");
        }
        logger.LogInformation("Administrador inicial creado: {Email}", email);
    }
}
