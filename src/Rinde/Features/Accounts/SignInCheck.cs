using System.Net;
using Microsoft.AspNetCore.Identity;
using Rinde.Infrastructure;

namespace Rinde.Features.Accounts;

/// <summary>
/// Checks an e-mail and password for the sign-in form and the token API alike, so that nobody
/// learns from the answer whether an account exists: an unknown address, a wrong password, a
/// locked or a blocked account get the same status and message (<see cref="Refused"/>) after the
/// same work (one run of the password hasher, against a dummy hash when there is no account, and
/// the same counters). Failures are counted per e-mail address, existing or not, and per sender
/// address in <see cref="RateCounters"/>: the lockout holds across nodes, and an unknown address
/// "locks" exactly like a real one.
/// </summary>
public sealed class SignInCheck(UserManager<RindeUser> users, IPasswordHasher<RindeUser> hasher, RateCounters counters)
{
    public const string Refused =
        "Correo o contraseña incorrectos. Tras varios intentos fallidos la cuenta queda bloqueada unos minutos.";

    /// <summary>Five failures lock the e-mail address until its five-minute window ends.</summary>
    public const int FailuresPerAccount = 5;
    public static readonly TimeSpan AccountWindow = TimeSpan.FromMinutes(5);

    /// <summary>One sender address may fail this many times in a quarter of an hour (over every account).</summary>
    public const int FailuresPerAddress = 50;
    public static readonly TimeSpan AddressWindow = TimeSpan.FromMinutes(15);

    private const string AccountScope = "signin-account";
    private const string AddressScope = "signin-address";

    private static string? _dummyHash;

    /// <summary>The account when the password is right and the account may sign in; else null.</summary>
    public async Task<RindeUser?> CheckAsync(string email, string password, IPAddress? sender)
    {
        if (email.Length > 256 || password.Length > 1024)
        {
            return null; // no account has such an address or password: nothing to look up or hash
        }
        var account = email.Trim().ToUpperInvariant();
        var address = sender?.ToString() ?? "desconocida";
        var accountFailures = await counters.PeekAsync(AccountScope, account, AccountWindow);
        var addressFailures = await counters.PeekAsync(AddressScope, address, AddressWindow);
        var user = await users.FindByEmailAsync(email.Trim());
        var passwordRight = user is not null ? await users.CheckPasswordAsync(user, password) : Waste(password);
        var allowed = passwordRight && user is not null
            && accountFailures.Count < FailuresPerAccount && addressFailures.Count < FailuresPerAddress
            && !await users.IsLockedOutAsync(user);
        if (allowed)
        {
            await counters.ResetAsync(AccountScope, account, AccountWindow);
            return user;
        }
        await counters.HitAsync(AccountScope, account, AccountWindow);
        await counters.HitAsync(AddressScope, address, AddressWindow);
        return null;
    }

    // The same work a real check does, thrown away.
    private bool Waste(string password)
    {
        var dummy = new RindeUser();
        _dummyHash ??= hasher.HashPassword(dummy, Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)));
        hasher.VerifyHashedPassword(dummy, _dummyHash, password);
        return false;
    }
}
