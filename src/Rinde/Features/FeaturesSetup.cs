using Rinde.Features.Acta;
using Rinde.Features.Survey;

namespace Rinde.Features;

/// <summary>The table of contents of Rinde's features: each registers its services and its API.</summary>
public static class FeaturesSetup
{
    public static IServiceCollection AddRindeFeatures(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<Files.FileStore>();
        services.AddActa();
        return services;
    }

    public static RouteGroupBuilder MapRindeFeatureApis(this RouteGroupBuilder api)
    {
        api.MapSurveyResultsApi();
        api.MapActaApi();
        return api;
    }
}
