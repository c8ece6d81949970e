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

    /// <summary>Checks the password (<see cref="SignInCheck"/>) and answers {accessToken, expiresIn, ...}.</summary>
    private static async Task<Results<SignInHttpResult, ProblemHttpResult, ValidationProblem>> IssueAsync(
        TokenRequest request, SignInCheck check, SignInManager<RindeUser> signIn, HttpContext http)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["email"] = ["Escriba el correo y la contraseña."] },
                detail: "Faltan datos para ingresar.");
        }
        if (await check.CheckAsync(request.Email, request.Password, http.Connection.RemoteIpAddress) is not { } user)
        {
            return TypedResults.Problem(detail: SignInCheck.Refused, statusCode: StatusCodes.Status401Unauthorized);
        }
        ClaimsPrincipal principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }
}
