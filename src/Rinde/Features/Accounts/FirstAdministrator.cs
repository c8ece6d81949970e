using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Rinde.Features.Accounts;

/// <summary>
/// On first start (no user at all) creates the administrator from RINDE_ADMIN_EMAIL and
/// RINDE_ADMIN_PASSWORD, or with a random password printed once to the console.
/// </summary>
/// <summary>The first administrator's address and password (<c>RINDE_ADMIN_EMAIL</c>, <c>RINDE_ADMIN_PASSWORD</c>).</summary>
public sealed class FirstAdministratorOptions
{
    [ConfigurationKeyName("RINDE_ADMIN_EMAIL")]
    public string? Email { get; set; }

    [ConfigurationKeyName("RINDE_ADMIN_PASSWORD")]
    public string? Password { get; set; }
}

internal sealed class FirstAdministrator(
    UserManager<RindeUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<FirstAdministratorOptions> options,
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

        var email = options.Value.Email is { Length: > 0 } e ? e : "admin@rinde.local";
        var password = options.Value.Password;
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
