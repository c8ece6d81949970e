using Microsoft.OpenApi;

namespace Rinde.Infrastructure;

/// <summary>
/// The description of /api/v1 at /openapi/v1.json, in Spanish. Summaries come from
/// <see cref="ApiSummaries"/>, one table read as a document, so a route without one is caught
/// by a test rather than published blank.
/// </summary>
public static class OpenApiSetup
{
    public const string Document = "v1";

    public static IServiceCollection AddRindeOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(Document, o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "API de Rinde";
                document.Info.Version = "v1";
                document.Info.Description = "Rendición de cuentas de las entidades públicas: ejercicios, preguntas ciudadanas, encuesta y acta. "
                    + "Las rutas del personal piden `Authorization: Bearer <token>` (POST /api/v1/auth/token). Los errores son ProblemDetails (RFC 9457) con `detail` en español.";
                return Task.CompletedTask;
            });
            o.AddOperationTransformer((operation, context, _) =>
            {
                var key = $"{context.Description.HttpMethod} /{ApiSummaries.Normalise(context.Description.RelativePath!).TrimEnd('/')}";
                if (ApiSummaries.ByRoute.TryGetValue(key, out var summary))
                {
                    operation.Summary = summary;
                }
                return Task.CompletedTask;
            });
        });

    public static void MapRindeOpenApi(this IEndpointRouteBuilder app) =>
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
}
