using System.Net;
using Npgsql;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Hostile;

/// <summary>Browsers get Spanish error pages with a way back; the API keeps ProblemDetails.</summary>
public sealed class ErrorPageTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> ErrorPageAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.True(status == response.StatusCode, $"{response.RequestMessage!.RequestUri} → {(int)response.StatusCode}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return HtmlForms.Parse(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_citizen_who_types_a_wrong_question_number_reads_no_encontramos_and_a_way_back()
    {
        var id = TestExercises.Create(factory, TestExercises.Tomorrow);
        var page = await ErrorPageAsync(await factory.CreateClient().GetAsync($"/ejercicios/{id}/preguntas/9999"), HttpStatusCode.NotFound);
        Assert.Contains("No encontramos esa pregunta", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='/ejercicios/{id}']"));
    }

    [Fact]
    public async Task Unknown_pages_and_exercises_are_spanish_pages_not_json()
    {
        var missing = await ErrorPageAsync(await factory.CreateClient().GetAsync("/no-existe"), HttpStatusCode.NotFound);
        Assert.Contains("No encontramos", missing.QuerySelector("h1")!.TextContent);
        Assert.NotNull(missing.QuerySelector("a[href='/']"));
        var exercise = await ErrorPageAsync(await factory.CreateClient().GetAsync("/ejercicios/987654"), HttpStatusCode.NotFound);
        Assert.Contains("No encontramos ese ejercicio", exercise.QuerySelector("h1")!.TextContent);

        var staff = factory.CreateClient(new() { AllowAutoRedirect = false });
        await StaffSignIn.SignInAsync(staff);
        var draft = await ErrorPageAsync(await staff.GetAsync("/staff/ejercicios/987654"), HttpStatusCode.NotFound);
        Assert.NotNull(draft.QuerySelector("a[href='/staff']"));
    }

    [Fact]
    public async Task A_form_body_the_server_cannot_read_is_a_spanish_400_page()
    {
        var id = TestExercises.Create(factory, TestExercises.Tomorrow);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var page = await client.GetDocumentAsync($"/ejercicios/{id}");
        var response = await client.SubmitAsync(page, "form[method=post]", new Dictionary<string, string>
        {
            ["Form.Text"] = "¿Nulo\u0000?", ["Form.Type"] = "Peticion", ["Form.Consent"] = "true",
        }, $"/ejercicios/{id}");
        var error = await ErrorPageAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("No pudimos atender la solicitud", error.QuerySelector("h1")!.TextContent);
        Assert.Equal(0, factory.WithDb(db => db.CitizenQuestions.Count(q => q.ExerciseId == id)));
    }

    [Fact]
    public async Task The_api_keeps_problem_details()
    {
        var staff = await factory.CreateStaffClientAsync();
        var response = await staff.GetAsync("/api/v1/exercises/987654");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var unknown = await staff.GetAsync("/api/v1/no-existe");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }
}

/// <summary>PostgreSQL goes away under a running app: pages answer a Spanish 503 page, the API a ProblemDetails 503.</summary>
public sealed class DatabaseOutageTests : IDisposable
{
    private readonly PostgresFactory factory = new();

    [Fact]
    public async Task A_database_outage_is_a_spanish_503_page_and_a_problem_details_503()
    {
        var id = TestExercises.Create(factory, TestExercises.Tomorrow);
        var citizen = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync($"/ejercicios/{id}")).StatusCode);
        NpgsqlConnection.ClearAllPools();
        await using (var connection = new NpgsqlConnection(PostgresFactory.ServerConnection))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE {factory.Database} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        var started = DateTime.UtcNow;
        var page = await citizen.GetAsync($"/ejercicios/{id}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("El servicio no está disponible", await page.Content.ReadAsStringAsync());
        var api = await citizen.GetAsync($"/api/v1/exercises/{id}/questions/public");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Contains("base de datos", await api.Content.ReadAsStringAsync());
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
    }

    public void Dispose() => factory.Dispose();
}
