namespace Rinde.Features.Invitations;

/// <summary>E-mail invitations to a dialogue for grupos de valor lists.</summary>
public static class InvitationsSetup
{
    public static IServiceCollection AddInvitations(this IServiceCollection services)
    {
        services.AddOptions<InvitationOptions>().BindConfiguration("Invitations")
            .Validate(o => o.BatchSize is >= 1 and <= 10_000 && o.MessagesPerMinute is >= 1 and <= 1_000_000,
                "Invitations__BatchSize debe estar entre 1 y 10000 e Invitations__MessagesPerMinute entre 1 y 1000000.")
            .ValidateOnStart();
        services.AddSingleton<InvitationText>();
        services.AddSingleton<InvitationSignal>();
        services.AddSingleton<InvitationRunner>();
        services.AddScoped<Invitations>();
        services.AddHostedService<InvitationWorker>();
        return services;
    }
}
