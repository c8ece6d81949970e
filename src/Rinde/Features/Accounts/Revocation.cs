using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Rinde.Features.Accounts;

/// <summary>
/// Revoked is revoked: every request signed in with a cookie or a bearer token is checked against
/// the account as it is now. Blocking a user, changing their roles or signing out changes the
/// account's security stamp (<see cref="RevokeAsync"/>), and from the next request on an old
/// cookie or token counts as nobody: pages send to the sign-in form, the API answers 401.
/// One query per signed-in request is the price; staff requests are few.
/// </summary>
public static class Revocation
{
    /// <summary>Ends every session and token of the user (the stamp that signed them no longer matches).</summary>
    public static Task RevokeAsync(UserManager<RindeUser> users, RindeUser user) => users.UpdateSecurityStampAsync(user);

    public static IApplicationBuilder UseRevocation(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true && !await IsCurrentAsync(context))
        {
            if (!AccountsSetup.HasBearerToken(context.Request))
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            }
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        }
        await next(context);
    });

    private static async Task<bool> IsCurrentAsync(HttpContext context)
    {
        var signIn = context.RequestServices.GetRequiredService<SignInManager<RindeUser>>();
        var user = await signIn.ValidateSecurityStampAsync(context.User);
        return user is not null && !await signIn.UserManager.IsLockedOutAsync(user);
    }
}
