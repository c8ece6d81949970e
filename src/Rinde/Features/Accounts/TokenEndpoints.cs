using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Rinde.Features.Accounts;

public static class TokenEndpoints
{
    public sealed record TokenRequest(string Email, string Password);

    public static RouteGroupBuilder MapTokenApi(this RouteGroupBuilder api)
    {
        // SignIn writes the token itself; the description says what it writes.
        api.MapPost("/auth/token", IssueAsync).AllowAnonymous().DisableAntiforgery()
            .Produces<Microsoft.AspNetCore.Authentication.BearerToken.AccessTokenResponse>();
        return api;
    }

    /// <summary>Checks the password with lockout and answers {accessToken, expiresIn, ...}.</summary>
    private static async Task<Results<SignInHttpResult, ProblemHttpResult, ValidationProblem>> IssueAsync(
        TokenRequest request, UserManager<RindeUser> users, SignInManager<RindeUser> signIn)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["email"] = ["Escriba el correo y la contraseña."] },
                detail: "Faltan datos para ingresar.");
        }
        var user = await users.FindByEmailAsync(request.Email.Trim());
        if (user is null)
        {
            return TypedResults.Problem(detail: "Correo o contraseña incorrectos.", statusCode: StatusCodes.Status401Unauthorized);
        }
        var check = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            return TypedResults.Problem(
                detail: "La cuenta está bloqueada temporalmente por intentos fallidos. Intente de nuevo en unos minutos.",
                statusCode: StatusCodes.Status429TooManyRequests);
        }
        if (!check.Succeeded)
        {
            return TypedResults.Problem(detail: "Correo o contraseña incorrectos.", statusCode: StatusCodes.Status401Unauthorized);
        }
        ClaimsPrincipal principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }
}
