using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;

namespace Rinde.Features.Accounts;

/// <summary>
/// The password rules of ASVS level 2 (V2.1): at least 12 characters, up to 128 (spaces and any
/// character allowed, so a passphrase works), no composition rules, and none of the passwords
/// people commonly choose. The list (common-passwords.txt, built by scripts/common-passwords.py)
/// holds only passwords of 12 or more characters: shorter ones fail the length rule anyway.
/// </summary>
public sealed class PasswordPolicy : IPasswordValidator<RindeUser>
{
    public const int MinLength = 12;
    public const int MaxLength = 128;

    private static readonly Lazy<FrozenSet<string>> Common = new(Load);

    public static void Configure(PasswordOptions options)
    {
        options.RequiredLength = MinLength;
        options.RequiredUniqueChars = 1;
        options.RequireDigit = false;
        options.RequireLowercase = false;
        options.RequireUppercase = false;
        options.RequireNonAlphanumeric = false;
    }

    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim().ToLowerInvariant());

    public Task<IdentityResult> ValidateAsync(UserManager<RindeUser> manager, RindeUser user, string? password)
    {
        if (password is null || password.Length < MinLength)
        {
            return Task.FromResult(IdentityResult.Success); // Identity's own length rule answers that
        }
        if (password.Trim().Length < MinLength)
        {
            // Spaces count inside a passphrase, not as padding around a short one.
            return Task.FromResult(IdentityResult.Failed(manager.ErrorDescriber.PasswordTooShort(MinLength)));
        }
        if (password.Length > MaxLength)
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooLong", Description = $"La contraseña puede tener hasta {MaxLength} caracteres.",
            }));
        }
        if (IsCommon(password) || IsOwnAddress(user, password))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordCommon",
                Description = "Esa contraseña es demasiado común o fácil de adivinar. Use una frase de varias palabras que solo usted conozca.",
            }));
        }
        return Task.FromResult(IdentityResult.Success);
    }

    // The e-mail address, or its part before the @, is the first thing an attacker tries.
    private static bool IsOwnAddress(RindeUser user, string password)
    {
        var email = user.Email?.Trim() ?? "";
        var local = email.Split('@')[0];
        var candidate = password.Trim();
        return (email.Length > 0 && candidate.Equals(email, StringComparison.OrdinalIgnoreCase))
            || (local.Length >= MinLength && candidate.Equals(local, StringComparison.OrdinalIgnoreCase));
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream("Rinde.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("Falta la lista de contraseñas comunes.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line);
            }
        }
        return set.ToFrozenSet(StringComparer.Ordinal);
    }
}
