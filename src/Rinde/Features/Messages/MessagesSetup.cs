using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Rinde.Features.Messages;

/// <summary>The outbox, its sender and the messages the other features' changes cause.</summary>
public static class MessagesSetup
{
    public static IServiceCollection AddRindeMessages(this IServiceCollection services)
    {
        services.AddOptions<SmtpOptions>().BindConfiguration("Smtp").ValidateOnStart();
        services.AddOptions<PublicUrlOptions>().BindConfiguration("Rinde").ValidateOnStart();
        services.AddOptions<OutboxOptions>().BindConfiguration("Outbox");
        services.AddSingleton<SmtpOptionsValidator>();
        services.AddSingleton<IValidateOptions<SmtpOptions>>(sp => sp.GetRequiredService<SmtpOptionsValidator>());
        services.AddSingleton<IValidateOptions<PublicUrlOptions>>(sp => sp.GetRequiredService<SmtpOptionsValidator>());

        services.AddSingleton<PickupDirectoryDelivery>();
        services.AddSingleton<IMailDelivery>(sp => string.IsNullOrEmpty(sp.GetRequiredService<IOptions<SmtpOptions>>().Value.Host)
            ? sp.GetRequiredService<PickupDirectoryDelivery>()
            : ActivatorUtilities.CreateInstance<SmtpDelivery>(sp));
        services.AddSingleton<MimeComposer>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<MessageLinks>();
        services.AddSingleton<OutboxWriter>();
        services.AddSingleton<CitizenMessages>();
        services.AddSingleton<QuestionMessages>();
        services.AddSingleton<StaffNotices>();
        services.AddSingleton<StaffDigest>();
        services.AddOptions<DigestOptions>().BindConfiguration("Digest")
            .Validate(o => o.Hour is >= 0 and <= 24, "Digest__Hour debe estar entre 0 y 23 (24 no envía el resumen).").ValidateOnStart();
        services.AddHostedService<DigestWorker>();
        // After soft delete and audit: the outbox's own rows are bookkeeping, not audited decisions.
        services.AddSingleton<IInterceptor, MessagesInterceptor>();
        services.AddSingleton<IInterceptor, OutboxCommitWaker>();
        services.AddHostedService<OutboxSender>();
        OutboxHealth.Register(services);
        return services;
    }
}
