using Rinde.Features.Questions.Desk;

namespace Rinde.Features.Questions.Intake;

public static class IntakeSetup
{
    public static IServiceCollection AddQuestionIntake(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<DeskBroadcaster>();
        services.AddOptions<IntakeOptions>().BindConfiguration("Intake").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IntakeDevices>();
        services.AddScoped<IntakeRateLimiter>();
        services.AddSingleton<QuestionIntake>();
        services.AddScoped<QuestionReception>();
        services.AddScoped<DeskActions>();
        services.AddHostedService(sp => sp.GetRequiredService<QuestionIntake>());
        services.AddHostedService<PostgresDeskListener>();
        return services;
    }
}
