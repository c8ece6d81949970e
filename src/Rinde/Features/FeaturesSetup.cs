using Rinde.Features.BackOffice;
using Rinde.Features.Contacts;
using Rinde.Features.Invitations;
using Rinde.Features.Exercises;
using Rinde.Features.Files;
using Rinde.Features.Messages;
using Rinde.Features.Questions.Desk;
using Rinde.Features.Questions.Intake;
using Rinde.Features.Acta;
using Rinde.Features.Acta.Workflow;
using Rinde.Features.Survey;

namespace Rinde.Features;

/// <summary>The table of contents of Rinde's features: each registers its services and its API.</summary>
public static class FeaturesSetup
{
    public static IServiceCollection AddRindeFeatures(this IServiceCollection services)
    {
        services.AddQuestionIntake();
        // Soft delete first, so the audit log records a deletion as the mark it becomes.
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, Data.SoftDelete.Interceptor>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, Audit.AuditInterceptor>();
        services.AddSingleton(TimeProvider.System);
        Files.UploadBudgets.Register(services);
        services.AddScoped<Files.IFileContent>(sp => Files.IFileContent.For(
            sp.GetRequiredService<Data.RindeDbContext>(), sp.GetRequiredService<Infrastructure.DataDirectory>(), sp.GetRequiredService<Infrastructure.DatabaseSettings>()));
        services.AddScoped<Files.FileStore>();
        services.AddScoped<Files.StoredFileAccess>();
        services.AddScoped<Infrastructure.IStartupStep, Files.FileContentImport>();
        services.AddRindeBackOffice();
        services.AddOptions<Demo.DemoOptions>().Configure<IConfiguration>((o, c) => c.Bind(o));
        services.AddScoped<Infrastructure.IStartupStep, Demo.DemoLoader>();
        services.AddOptions<Infrastructure.JobOptions>().BindConfiguration("Jobs");
        services.AddSingleton<Infrastructure.NodeIdentity>();
        services.AddSurvey();
        services.AddActa();
        services.AddRindeMessages();
        services.AddContacts();
        services.AddInvitations();
        return services;
    }

    public static RouteGroupBuilder MapRindeFeatureApis(this RouteGroupBuilder api)
    {
        api.MapExercisesApi();
        api.MapFilesApi();
        api.MapQuestionIntakeApi();
        api.MapQuestionDeskApi();
        api.MapLegalTrailApi();
        api.MapSurveyApis();
        api.MapActaApi();
        api.MapActaWorkflowApi();
        api.MapArchiveApi();
        api.MapMessagesApi();
        api.MapContactsApi();
        api.MapInvitationsApi();
        return api;
    }
}
