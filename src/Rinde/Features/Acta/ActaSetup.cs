using Rinde.Features.Acta.Model;
using Rinde.Features.Acta.Pdf;

namespace Rinde.Features.Acta;

public static class ActaSetup
{
    public static IServiceCollection AddActa(this IServiceCollection services)
    {
        services.AddScoped<ActaImageLoader>();
        services.AddScoped<ActaModelBuilder>();
        services.AddScoped<ActaService>();
        services.AddOptions<ChromiumOptions>().BindConfiguration("Chromium").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ChromiumPdf>();
        services.AddScoped<Workflow.ActaFreezer>();
        services.AddScoped<Workflow.ActaWorkflow>();
        services.AddScoped<Workflow.ActaArchive>();
        return services;
    }
}
