using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Rinde.Infrastructure;

namespace Rinde.Features.ApiReference;

/// <summary>The API's reference, drawn by Rinde itself from its OpenAPI description (no CDN, no script).</summary>
[AllowAnonymous]
public sealed class ApiReferenceModel([FromKeyedServices(OpenApiSetup.Document)] IOpenApiDocumentProvider provider) : PageModel
{
    public sealed record Operation(string Method, string Path, string Summary, IReadOnlyList<string> Parameters, IReadOnlyList<string> Responses);

    public IReadOnlyList<Operation> Operations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancel)
    {
        var document = await provider.GetOpenApiDocumentAsync(cancel);
        Operations = (document.Paths ?? [])
            .SelectMany(path => (path.Value.Operations ?? []).Select(op => new Operation(
                op.Key.Method, path.Key, op.Value.Summary ?? "",
                (op.Value.Parameters ?? []).Select(p => $"{p.Name} ({Where(p.In)}{(p.Required ? ", obligatorio" : "")})").ToList(),
                (op.Value.Responses ?? []).Select(r => $"{r.Key} {Schema(r.Value)}".Trim()).ToList())))
            .OrderBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal).ToList();
    }

    private static string Where(ParameterLocation? location) => location switch
    {
        ParameterLocation.Path => "en la ruta",
        ParameterLocation.Query => "en la consulta",
        ParameterLocation.Header => "en el encabezado",
        _ => "en la petición",
    };

    private static string Schema(IOpenApiResponse response)
    {
        var schema = response.Content?.Values.FirstOrDefault()?.Schema;
        return schema switch
        {
            OpenApiSchemaReference reference => reference.Reference.Id ?? "",
            { Items: OpenApiSchemaReference items } => $"lista de {items.Reference.Id}",
            _ => "",
        };
    }
}
