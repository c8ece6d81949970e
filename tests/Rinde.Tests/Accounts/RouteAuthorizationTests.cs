using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Accounts;

/// <summary>
/// Every route of the application, pages and API, checked against who may reach it: anonymous
/// users only the public ones; a user of another dependency nothing of a draft exercise.
/// </summary>
public sealed class RouteAuthorizationTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    /// <summary>What anyone may reach without signing in (method and route template).</summary>
    private static readonly HashSet<string> Public =
    [
        "GET /", "GET ejercicios/{id:int}", "POST ejercicios/{id:int}", "GET encuesta/{id:int}", "POST encuesta/{id:int}", "GET ejercicios/{id:int}/calendario.ics",
        "GET ejercicios/{id:int}/preguntas/{number:int?}", "GET ejercicios/{id:int}/seguimiento/{followCode}", "GET actas", "GET compromisos/{id:int?}", "GET cuenta/ingresar", "POST cuenta/ingresar",
        "GET cuenta/salir", "POST cuenta/salir", "GET cuenta/denegado", "POST api/v1/auth/token", "GET api/v1/health", "GET health/live", "GET health/ready", "GET openapi/{documentName}.json", "GET desarrolladores/api",
        "POST api/v1/exercises/{id:int}/questions", "GET api/v1/exercises/{id:int}/questions/public", "GET api/v1/actas",
        "GET api/v1/exercises/{id:int}/acta/v{version:int}.docx", "GET api/v1/exercises/{id:int}/acta/v{version:int}.pdf", "GET api/v1/exercises/{id:int}/acta/v{version:int}.html",
        "GET correo/baja", "POST correo/baja",
        // The Spanish error pages, and the 404 page of addresses no page has.
        "GET error/{code:int?}", "POST error/{code:int?}", "GET {*path:regex(^(?!api/).*$)}", "POST {*path:regex(^(?!api/).*$)}",
    ];

    private sealed record Route(string Method, string Template, RoutePattern Pattern)
    {
        public string Key => $"{Method} {Template}";
    }

    private List<Route> Routes() => factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
        .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"])
            .Select(m => new Route(m, e.RoutePattern.RawText!.TrimStart('/') is { Length: > 0 } t ? t : "/", e.RoutePattern)))
        .DistinctBy(r => r.Key).ToList();

    private static string Url(Route route, int exerciseId, int questionId) => "/" + string.Join("/", route.Pattern.PathSegments.Select(segment =>
        string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart { Name: "id" } p when p.ParameterPolicies.Any(x => x.Content == "guid") => Guid.NewGuid().ToString(),
            RoutePatternParameterPart { Name: "id" } => exerciseId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            RoutePatternParameterPart { Name: "questionId" } => questionId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => "1",
        })))).Replace("//", "/", StringComparison.Ordinal);

    /// <summary>
    /// Pages get a form with a valid antiforgery token (so only authorization can refuse them)
    /// and the API a valid exercise document where it takes one.
    /// </summary>
    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, Route route, string url, string? antiforgery = null)
    {
        HttpContent? content = null;
        if (route.Template == "api/v1/files")
        {
            content = new MultipartFormDataContent { { new ByteArrayContent(Rinde.Tests.Acta.TestExercise.Png), "file", "mapa.png" } };
        }
        else if (route.Method is "POST" or "PUT")
        {
            content = route.Template.StartsWith("api/", StringComparison.Ordinal)
                ? JsonContent.Create(route.Template.StartsWith("api/v1/exercises", StringComparison.Ordinal) && !route.Template.Contains("questions", StringComparison.Ordinal)
                    ? Rinde.Tests.Exercises.RichDocument.Build("X" + Guid.NewGuid().ToString("N")[..6], Guid.NewGuid(), questions: 1)
                    : (object)new { })
                : new FormUrlEncodedContent(antiforgery is null ? [] : [new("__RequestVerificationToken", antiforgery)]);
        }
        // Headers are enough to judge; the desk's event stream never ends its body.
        return await client.SendAsync(new HttpRequestMessage(new HttpMethod(route.Method), url) { Content = content }, HttpCompletionOption.ResponseHeadersRead);
    }

    private static async Task<string> AntiforgeryAsync(HttpClient client, string page) =>
        (await client.GetDocumentAsync(page)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private static bool Refused(HttpResponseMessage r) =>
        r.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.MethodNotAllowed
        || (r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location!.OriginalString.Contains("/cuenta/", StringComparison.Ordinal));

    private async Task<(int Exercise, int Question)> DraftWithQuestionAsync()
    {
        var exercise = TestExercises.Create(factory, TestExercises.Tomorrow);
        var asked = await factory.CreateClient().PostAsJsonAsync($"/api/v1/exercises/{exercise}/questions", new { text = "¿Pregunta de prueba?", anonymous = true });
        return (exercise, JsonDocument.Parse(await asked.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task Anonymous_users_reach_only_the_public_routes()
    {
        var (exercise, question) = await DraftWithQuestionAsync();
        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        var token = await AntiforgeryAsync(anonymous, "/cuenta/ingresar");
        var reached = new List<string>();
        foreach (var route in Routes())
        {
            var response = await SendAsync(anonymous, route, Url(route, exercise, question), token);
            if (!Refused(response) && !Public.Contains(route.Key))
            {
                reached.Add($"{route.Key} → {(int)response.StatusCode}");
            }
        }
        Assert.True(reached.Count == 0, "Rutas alcanzables sin ingresar:\n" + string.Join("\n", reached));
        Assert.True(Routes().Count > 60, "La enumeración de rutas no encontró las páginas y la API.");
    }

    [Fact]
    public async Task A_user_of_another_dependency_gets_403_or_404_on_every_route_of_a_draft_exercise()
    {
        var (exercise, question) = await DraftWithQuestionAsync();
        var admin = await factory.CreateStaffClientAsync();
        var other = "OT" + Guid.NewGuid().ToString("N")[..6];
        factory.WithDb(db => { db.Dependencies.Add(new() { Code = other, Name = "Otra dependencia" }); return db.SaveChanges(); });
        var email = $"otra-{Guid.NewGuid():N}@pruebas.gov.co";
        (await admin.PostAsJsonAsync("/api/v1/users", new { email, password = "Clave-Segura-2026", name = "Otra", roles = new[] { "articulador", "respondedor", "publicador" }, dependencies = new[] { other } })).EnsureSuccessStatusCode();
        var outsider = factory.CreateClient(new() { AllowAutoRedirect = false });
        await StaffSignIn.SignInAsync(outsider, email, "Clave-Segura-2026");
        var token = await AntiforgeryAsync(outsider, "/staff/plazos");

        var leaks = new List<string>();
        foreach (var route in Routes().Where(r => (r.Template.Contains("{id:int}", StringComparison.Ordinal) || r.Template.Contains("{questionId", StringComparison.Ordinal)) && !Public.Contains(r.Key)))
        {
            var response = await SendAsync(outsider, route, Url(route, exercise, question), token);
            if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Unauthorized) && !Refused(response))
            {
                leaks.Add($"{route.Key} → {(int)response.StatusCode}");
            }
        }
        Assert.True(leaks.Count == 0, "Rutas de otra dependencia alcanzables:\n" + string.Join("\n", leaks));
    }

    /// <summary>
    /// A sub-unit's respondedor assigned a question of its parent's exercise (issue 8, point 8)
    /// reaches the desk, its list and stream, and the answer; every other route of the exercise
    /// and of its questions is refused, pages and API alike.
    /// </summary>
    [Fact]
    public async Task A_sub_unit_assigned_a_question_reaches_only_the_desk_and_the_answer()
    {
        var (exercise, questions, email, _) = await SubUnitDeskTests.SeedAsync(factory);
        var office = factory.CreateClient(new() { AllowAutoRedirect = false });
        await StaffSignIn.SignInAsync(office, email, SubUnitDeskTests.Password);
        var token = await AntiforgeryAsync(office, "/staff");
        HashSet<string> reachable =
        [
            // The desk page's POST without a handler is a 405 for everyone; its answer handler is tested in SubUnitDeskTests.
            "GET staff/ejercicios/{id:int}/mesa", "GET api/v1/exercises/{id:int}/questions",
            "GET api/v1/exercises/{id:int}/questions/stream", "POST api/v1/questions/{questionId:int}/answer",
        ];
        var wrong = new List<string>();
        foreach (var route in Routes().Where(r => (r.Template.Contains("{id:int}", StringComparison.Ordinal) || r.Template.Contains("{questionId", StringComparison.Ordinal)) && !Public.Contains(r.Key)))
        {
            using var response = await SendAsync(office, route, Url(route, exercise, questions[0]), token);
            var refused = response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.MethodNotAllowed || Refused(response);
            if (refused == reachable.Contains(route.Key))
            {
                wrong.Add($"{route.Key} → {(int)response.StatusCode}, {(refused ? "debía alcanzarse" : "debía negarse")}");
            }
        }
        Assert.True(wrong.Count == 0, "Oficina con una pregunta asignada:\n" + string.Join("\n", wrong));
    }

    /// <summary>
    /// The rule each route should follow, written from the product brief and not from the code:
    /// reading is for every staff role; the entity's setup is for administrators; the desk is for
    /// those who answer; every other change for administradores and articuladores. Null: the route
    /// checks each step's roles itself (the acta's lifecycle) or is about the user's own account.
    /// </summary>
    private static string[]? AllowedRoles(Route route)
    {
        string[] everyone = [.. Rinde.Features.Accounts.Roles.All];
        string[] editors = ["administrador", "articulador"];
        var t = route.Template;
        if (t.StartsWith("cuenta/", StringComparison.Ordinal) || t.Contains("acta/transitions", StringComparison.Ordinal) || t.EndsWith("acta/estado", StringComparison.Ordinal))
        {
            return null;
        }
        if (t.StartsWith("staff/dependencias", StringComparison.Ordinal) || t.StartsWith("staff/formatos", StringComparison.Ordinal)
            || t.StartsWith("staff/usuarios", StringComparison.Ordinal) || t.StartsWith("staff/auditoria", StringComparison.Ordinal)
            || t.StartsWith("staff/territorios", StringComparison.Ordinal) || t.StartsWith("api/v1/users", StringComparison.Ordinal)
            || t.StartsWith("staff/correo", StringComparison.Ordinal) || t.StartsWith("api/v1/outbox", StringComparison.Ordinal))
        {
            return ["administrador"];
        }
        if (route.Method == "GET")
        {
            return everyone;
        }
        return t.Contains("/mesa", StringComparison.Ordinal) || t.StartsWith("api/v1/questions/", StringComparison.Ordinal)
            ? ["administrador", "articulador", "respondedor"]
            : editors;
    }

    private static bool RefusedByRole(HttpResponseMessage r) =>
        r.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
        || (r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location!.OriginalString.Contains("/cuenta/", StringComparison.Ordinal));

    private async Task<HttpClient> SignedInAsAsync(string role, string dependencyCode)
    {
        var admin = await factory.CreateStaffClientAsync();
        var email = $"{role}-{Guid.NewGuid():N}@pruebas.gov.co";
        (await admin.PostAsJsonAsync("/api/v1/users", new { email, password = "Clave-Segura-2026", name = role, roles = new[] { role }, dependencies = new[] { dependencyCode } })).EnsureSuccessStatusCode();
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await StaffSignIn.SignInAsync(client, email, "Clave-Segura-2026");
        return client;
    }

    private string DependencyCode(int exercise) => factory.WithDb(db => db.Exercises.Where(e => e.Id == exercise).Select(e => e.Dependency.Code).Single());

    public static TheoryData<string> StaffRoles => [.. Rinde.Features.Accounts.Roles.All];

    /// <summary>Every route and verb, for each role, on an exercise of the user's own dependency and of another one.</summary>
    [Theory]
    [MemberData(nameof(StaffRoles))]
    public async Task Every_route_and_verb_applies_the_same_role_rules_on_pages_and_api(string role)
    {
        var (own, ownQuestion) = await DraftWithQuestionAsync();
        var (other, otherQuestion) = await DraftWithQuestionAsync();
        var client = await SignedInAsAsync(role, DependencyCode(own));
        var token = await AntiforgeryAsync(client, "/staff");
        var seesAll = role is "administrador" or "revisor";
        var wrong = new List<string>();
        foreach (var route in Routes().Where(r => !Public.Contains(r.Key) && r.Template != "api/v1/auth/token"))
        {
            if (AllowedRoles(route) is not { } allowed)
            {
                continue;
            }
            using var response = await SendAsync(client, route, Url(route, own, ownQuestion), token);
            var mayAct = allowed.Contains(role);
            if (mayAct == RefusedByRole(response) && !(response.StatusCode == HttpStatusCode.MethodNotAllowed && !mayAct))
            {
                wrong.Add($"{route.Key} (propia) → {(int)response.StatusCode}, {(mayAct ? "debía permitirse" : "debía negarse")}");
            }
            var scoped = route.Template.Contains("{id:int}", StringComparison.Ordinal) || route.Template.Contains("{questionId", StringComparison.Ordinal);
            if (scoped && !seesAll)
            {
                using var elsewhere = await SendAsync(client, route, Url(route, other, otherQuestion), token);
                if (elsewhere.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed) && !RefusedByRole(elsewhere))
                {
                    wrong.Add($"{route.Key} (otra dependencia) → {(int)elsewhere.StatusCode}");
                }
            }
        }
        Assert.True(wrong.Count == 0, $"Rol {role}:\n" + string.Join("\n", wrong));
    }
}
