using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Rinde.Data;
using Rinde.Infrastructure;

namespace Rinde.Features.Accounts;

public static class AccountsSetup
{
    public const string Scheme = "Rinde";

    /// <summary>
    /// Staff sign in with a cookie in the back-office and with a bearer token in the API; one
    /// policy scheme picks the right one per request.
    /// </summary>
    public static IServiceCollection AddRindeAccounts(this IServiceCollection services, DataDirectory data)
    {
        services.AddDataProtection().PersistKeysToDbContext<RindeDbContext>().SetApplicationName("Rinde");
        services.AddScoped<IStartupStep>(sp => new FileKeysImport(sp.GetRequiredService<RindeDbContext>(), data));

        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Cookie o token", o => o.ForwardDefaultSelector = context =>
                HasBearerToken(context.Request) ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/cuenta/ingresar";
            o.LogoutPath = "/cuenta/salir";
            o.AccessDeniedPath = "/cuenta/denegado";
            o.Cookie.Name = "rinde";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = ApiAware(StatusCodes.Status401Unauthorized);
            // A refusal is a 403 where it happened: pages show the Spanish error page with a way back (ErrorPage).
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddIdentityCore<RindeUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                PasswordPolicy.Configure(o.Password);
                // Failed sign-ins are counted by SignInCheck in the database, for every node;
                // Identity's lockout only blocks accounts an administrator blocked.
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<RindeDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<SpanishIdentityErrorDescriber>()
            .AddPasswordValidator<PasswordPolicy>();

        services.AddOptions<FirstAdministratorOptions>().Configure<IConfiguration>((o, c) => c.Bind(o));
        services.AddScoped<IStartupStep, FirstAdministrator>();
        services.AddHttpContextAccessor();
        services.AddScoped<StaffScope>();
        services.AddScoped<UserAccounts>();
        services.AddScoped<SignInCheck>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Administrador, p => p.RequireRole(Roles.Administrador));
        return services;
    }

    public static bool HasBearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    // The API answers 401/403 with ProblemDetails; only pages redirect to the sign-in form.
    private static Func<Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>, Task>
        ApiAware(int status) => context =>
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    };
}
