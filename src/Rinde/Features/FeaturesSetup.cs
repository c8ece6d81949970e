namespace Rinde.Features;

/// <summary>The table of contents of Rinde's features: each registers its services and its API.</summary>
public static class FeaturesSetup
{
    public static IServiceCollection AddRindeFeatures(this IServiceCollection services)
    {
        return services;
    }

    public static RouteGroupBuilder MapRindeFeatureApis(this RouteGroupBuilder api)
    {
        return api;
    }
}
