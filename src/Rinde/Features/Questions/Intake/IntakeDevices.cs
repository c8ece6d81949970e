using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Rinde.Features.Questions.Intake;

/// <summary>Who sends a question: the network address and, when the browser holds one, the device token the form gave it.</summary>
public readonly record struct IntakeSender(IPAddress? Address, string? Device);

/// <summary>
/// Tells one device from another behind the same address (an auditorium on the entity's Wi-Fi, a
/// school's network): the portal's question form hands each browser a first-party cookie with a
/// random id, protected with the data-protection keys every node shares, so a device cannot
/// forge or guess another's id. A script may still collect many ids from one address; the wider
/// per-address budget of <see cref="IntakeRateLimiter"/> bounds what that buys.
/// </summary>
public sealed class IntakeDevices(IDataProtectionProvider protection)
{
    public const string CookieName = "rinde_dispositivo";

    private readonly IDataProtector protector = protection.CreateProtector("Rinde.Questions.IntakeDevice.v1");

    public IntakeSender SenderOf(HttpContext http) => new(http.Connection.RemoteIpAddress, DeviceOf(http));

    /// <summary>Gives the browser its device cookie when it has no valid one (the form's page calls it).</summary>
    public void Issue(HttpContext http)
    {
        if (DeviceOf(http) is not null)
        {
            return;
        }
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        http.Response.Cookies.Append(CookieName, protector.Protect(id), new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(365),
            Path = "/",
        });
    }

    private string? DeviceOf(HttpContext http)
    {
        if (!http.Request.Cookies.TryGetValue(CookieName, out var value) || value.Length is 0 or > 512)
        {
            return null;
        }
        try
        {
            var id = protector.Unprotect(value);
            return id.Length == 32 ? id : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
