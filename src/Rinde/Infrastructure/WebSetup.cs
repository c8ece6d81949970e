using Microsoft.AspNetCore.Authorization;
using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Rinde.Features.Accounts;

namespace Rinde.Infrastructure;

public static class WebSetup
{
    public static IServiceCollection AddRindeWeb(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        // Binding failures throw, so ApiExceptionHandler answers them in Spanish.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => JsonSetup.Configure(o.SerializerOptions));
        // Pages live beside their feature (Features/<Feature>/*.cshtml) with explicit Spanish routes.
        services.AddRazorPages(o => o.RootDirectory = "/Features").AddMvcOptions(o =>
        {
            SpanishBinding.Configure(o);
            o.ModelBinderProviders.Insert(0, new CleanTextBinding());
            o.Filters.Add<HandlerRequiredFilter>();
            o.Filters.Add<Features.Accounts.StaffPageScope>();
        });
        // Secure by default: every page and endpoint needs a signed-in user unless it says
        // [AllowAnonymous] (the portal, the sign-in form, published actas).
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddAntiforgery(o => o.Cookie.Name = "rinde-af");
        services.AddRindeForwardedHeaders();
        return services;
    }

    public static WebApplication UseRindeWeb(this WebApplication app)
    {
        // First of all: every later step (limits, HTTPS, links) sees the citizen's address.
        app.UseForwardedHeaders();
        CultureInfo.DefaultThreadCurrentCulture = EsCo.Culture;
        CultureInfo.DefaultThreadCurrentUICulture = EsCo.Culture;
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(EsCo.Culture),
            SupportedCultures = [EsCo.Culture],
            SupportedUICultures = [EsCo.Culture],
        });
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            // Sent only on HTTPS requests; plain-HTTP development stays reachable.
            app.UseHsts();
        }
        app.UseRindeErrors();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseRevocation();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }
}
