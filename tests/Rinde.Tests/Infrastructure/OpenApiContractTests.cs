using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Rinde.Tests.Infrastructure;

/// <summary>
/// /openapi/v1.json describes every route of the public contract (../shared/api.md) with the
/// fields the contract promises, and every operation it lists has a Spanish summary.
/// </summary>
public sealed partial class OpenApiContractTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    /// <summary>The contract's routes under /api/v1 and the response fields it names (none: no body promised).</summary>
    private static readonly (string Route, string Status, string[] Fields)[] Contract =
    [
        ("POST /api/v1/auth/token", "200", ["accessToken", "expiresIn"]),
        ("GET /api/v1/exercises", "200", ["id", "title", "dependency", "date", "status"]),
        ("GET /api/v1/exercises/{id}", "200", ["title", "dependency", "vigencia", "date", "status", "themes", "questions", "commitments"]),
        ("POST /api/v1/exercises", "201", ["id"]),
        ("PUT /api/v1/exercises/{id}", "204", []),
        ("GET /api/v1/exercises/{id}/acta.docx", "200", []),
        ("GET /api/v1/exercises/{id}/acta", "200", ["state", "number", "versions", "history"]),
        ("POST /api/v1/exercises/{id}/acta/transitions", "200", []),
        ("GET /api/v1/actas", "200", ["exerciseId", "number", "title", "dependency", "date", "sha256", "docx", "pdf"]),
        ("POST /api/v1/users", "201", []),
        ("POST /api/v1/exercises/{id}/questions", "201", ["id", "number", "followCode"]),
        ("GET /api/v1/exercises/{id}/questions/public", "200", []),
        ("GET /api/v1/exercises/{id}/questions", "200", []),
        ("GET /api/v1/exercises/{id}/questions/stream", "200", []),
        ("POST /api/v1/questions/{questionId}/answer", "200", []),
        ("POST /api/v1/exercises/{id}/survey/import", "200", ["imported", "rejected"]),
        ("GET /api/v1/exercises/{id}/survey/results", "200", ["question", "type", "respondents", "unanswered", "options", "texts"]),
        ("POST /api/v1/questions/{questionId}/extension", "200", []),
        ("POST /api/v1/questions/{questionId}/transfer", "200", []),
        ("GET /api/v1/outbox", "200", ["id", "kind", "to", "subject", "state", "attempts", "createdAt", "sentAt", "lastError"]),
        ("POST /api/v1/contacts/import", "200", ["imported", "updated", "rejected"]),
        ("POST /api/v1/exercises/{id}/invitations", "202", ["id"]),
        ("GET /api/v1/invitations/{id}", "200", ["state", "total", "sent", "failed"]),
    ];

    /// <summary>Routes of the contract that open issues will build; the test keeps this list honest.</summary>
    private static readonly HashSet<string> NotYetBuilt =
    [
        "GET /api/v1/exercises/{id}/questions/similar", "POST /api/v1/exercises/{id}/questions/{number}/support",
        "GET /api/v1/exercises/{id}/live", "POST /api/v1/questions/{questionId}/on-air", "GET /api/v1/exercises/{id}/overlay", // issue 10
        "GET /api/v1/formats", "POST /api/v1/formats/{id}/template", // issue 12
        "GET /api/v1/dashboard", // issue 13
    ];

    private async Task<JsonElement> DocumentAsync()
    {
        var response = await factory.CreateClient().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static JsonElement? Operation(JsonElement document, string route)
    {
        var (method, path) = (route[..route.IndexOf(' ', StringComparison.Ordinal)].ToLowerInvariant(), route[(route.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
        return document.GetProperty("paths").TryGetProperty(path, out var item) && item.TryGetProperty(method, out var op) ? op : null;
    }

    [Fact]
    public async Task Every_route_of_the_contract_is_described_with_its_fields()
    {
        var document = await DocumentAsync();
        foreach (var (route, status, fields) in Contract)
        {
            var operation = Operation(document, route);
            Assert.True(operation is not null, $"Falta {route} en /openapi/v1.json.");
            Assert.True(operation!.Value.GetProperty("responses").TryGetProperty(status, out var response), $"{route} no describe su respuesta {status}.");
            if (fields.Length == 0)
            {
                continue;
            }
            var properties = Properties(document, response.GetProperty("content").GetProperty("application/json").GetProperty("schema"));
            foreach (var field in fields)
            {
                Assert.True(properties.Contains(field), $"{route} {status} no describe el campo «{field}».");
            }
        }
    }

    [Fact]
    public async Task What_the_contract_still_awaits_is_not_described_and_the_rest_is_in_the_table()
    {
        var document = await DocumentAsync();
        foreach (var route in NotYetBuilt)
        {
            Assert.True(Operation(document, route) is null, $"{route} ya existe: quítelo de NotYetBuilt y añádalo a Contract.");
        }
        // Where the contract itself is at hand (beside the repository), the table must cover it.
        var contract = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "..", "shared", "api.md");
        if (File.Exists(contract))
        {
            var known = Contract.Select(c => c.Route).Concat(NotYetBuilt).ToHashSet();
            foreach (Match m in ContractRoute().Matches(await File.ReadAllTextAsync(contract)))
            {
                var route = $"{m.Groups[1].Value} {m.Groups[2].Value}";
                Assert.True(known.Contains(route) || Operation(document, route) is not null, $"{route} del contrato no está descrita.");
            }
        }
    }

    [Fact]
    public async Task Every_operation_has_a_spanish_summary()
    {
        var document = await DocumentAsync();
        Assert.Equal("API de Rinde", document.GetProperty("info").GetProperty("title").GetString());
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                Assert.True(operation.Value.TryGetProperty("summary", out var summary) && summary.GetString()!.Length > 10,
                    $"{operation.Name.ToUpperInvariant()} {path.Name} no tiene resumen en ApiSummaries.");
            }
        }
    }

    [Fact]
    public async Task The_reference_page_lists_every_operation_without_signing_in()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/desarrolladores/api");
        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        var document = await DocumentAsync();
        Assert.Equal(document.GetProperty("paths").EnumerateObject().Sum(p => p.Value.EnumerateObject().Count()), rows.Count);
        Assert.Contains(rows, r => r.Contains("/api/v1/exercises/{id}/questions", StringComparison.Ordinal)
            && r.Contains("Recibe la pregunta de un ciudadano", StringComparison.Ordinal) && r.Contains("CreatedQuestion", StringComparison.Ordinal));
    }

    /// <summary>The property names of a schema, following $ref and array items.</summary>
    private static HashSet<string> Properties(JsonElement document, JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            return Properties(document, document.GetProperty("components").GetProperty("schemas").GetProperty(name));
        }
        if (schema.TryGetProperty("items", out var items))
        {
            return Properties(document, items);
        }
        return schema.TryGetProperty("properties", out var properties)
            ? properties.EnumerateObject().Select(p => p.Name).ToHashSet()
            : [];
    }

    [GeneratedRegex(@"`(GET|POST|PUT|DELETE) (/api/v1/[^`\s?]+)")]
    private static partial Regex ContractRoute();
}
