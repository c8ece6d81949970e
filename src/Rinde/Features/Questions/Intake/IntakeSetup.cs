using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Rinde.Features.Questions.Desk;

namespace Rinde.Features.Questions.Intake;

public static class IntakeSetup
{
    public const string RateLimitPolicy = "preguntas-ciudadanas";

    public static IServiceCollection AddQuestionIntake(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<DeskBroadcaster>();
        services.AddSingleton<QuestionIntake>();
        services.AddHostedService(sp => sp.GetRequiredService<QuestionIntake>());
        if (string.Equals(configuration["Database:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            services.AddHostedService<PostgresDeskListener>();
        }

        // Per sender (remote address): a person asks a few questions a minute, a script many.
        var perMinute = configuration.GetValue("Intake:PermitsPerMinute", 10);
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(RateLimitPolicy, context => RateLimitPartition.GetTokenBucketLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "desconocido",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = perMinute,
                    TokensPerPeriod = perMinute,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            o.OnRejected = async (context, ct) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                var response = context.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await TypedResults.Problem(statusCode: 429,
                    detail: "Ha enviado demasiadas preguntas en poco tiempo. Espere un momento e intente de nuevo.")
                    .ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }
}
