using Rinde.Features.Survey.Import;
using Rinde.Features.Survey.Responses.PublicForm;
using Rinde.Features.Survey.Results;
using Rinde.Features.Survey.Results.Export;
using Rinde.Features.Survey.Territories;

namespace Rinde.Features.Survey;

/// <summary>The evaluation survey: questionnaire, responses (form, paper, imported files), results.</summary>
public static class SurveySetup
{
    public static IServiceCollection AddSurvey(this IServiceCollection services)
    {
        services.AddScoped<Infrastructure.IStartupStep, TerritorySeeder>();
        services.AddOptions<MunicipalityOptions>().BindConfiguration("Rinde");
        services.AddOptions<SurveyFormOptions>().BindConfiguration("Survey").ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<RespondentCheck>();
        services.AddScoped<SurveyImporter>();
        services.AddSingleton<ImportUploads>();
        services.AddSingleton<LocalImports>();
        services.AddScoped<SurveyImportJobs>();
        services.AddSingleton<ImportRunner>();
        services.AddHostedService<ImportWorker>();
        return services;
    }

    public static RouteGroupBuilder MapSurveyApis(this RouteGroupBuilder api)
    {
        api.MapSurveyResultsApi();
        api.MapSurveyImportApi();
        api.MapSurveyExportApi();
        return api;
    }
}
