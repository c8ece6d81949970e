using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Rinde.Features.Accounts;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Hostile;

/// <summary>The account forms and the token API take huge and control-character input with a Spanish 4xx or form error, quickly.</summary>
public abstract class HostileAccountInputTests(RindeFactory factory)
{
    public static TheoryData<string> Payloads => [new string('a', 1_000_000), "clave\u0000\u0001\u001b[31m\uFFFE", "\uD800\uD800\uD800 sola", "'; DROP TABLE \"AspNetUsers\"; --"];

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task The_token_api_refuses_hostile_credentials_in_spanish_within_seconds(string payload)
    {
        var client = factory.CreateClient();
        (await client.GetAsync("/api/v1/health")).EnsureSuccessStatusCode(); // the server's start-up is not the payload's cost
        var watch = Stopwatch.StartNew();
        var body = System.Text.Json.JsonSerializer.Serialize(new { email = payload + "@pruebas.gov.co", password = payload });
        var response = await client.PostAsync("/api/v1/auth/token", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.InRange(watch.Elapsed.TotalSeconds, 0, 10);
        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, response.StatusCode.ToString());
        Assert.Contains("\"detail\"", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task The_sign_in_form_answers_the_one_message(string payload)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var page = await client.GetDocumentAsync("/cuenta/ingresar");
        var response = await client.SubmitAsync(page, "form[method=post]",
            new Dictionary<string, string> { ["Email"] = $"nadie-{Guid.NewGuid():N}@pruebas.gov.co", ["Password"] = payload[..Math.Min(payload.Length, 100_000)] }, "/cuenta/ingresar");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.Contains("lang=\"es-CO\"", html); // a form the server cannot read: the Spanish error page
            return;
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(SignInCheck.Refused, html);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task The_password_change_form_refuses_hostile_new_passwords_in_spanish(string payload)
    {
        const string password = "Clave-Hostil-2026";
        var email = $"hostil-{Guid.NewGuid():N}@pruebas.gov.co";
        var admin = await factory.CreateStaffClientAsync();
        (await admin.PostAsJsonAsync("/api/v1/users", new { email, password, name = "Hostil", roles = new[] { "revisor" } })).EnsureSuccessStatusCode();
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await StaffSignIn.SignInAsync(client, email, password);
        var next = payload[..Math.Min(payload.Length, 100_000)];
        var form = await client.GetDocumentAsync("/cuenta/contrasena");
        var response = await client.SubmitAsync(form, "main form[method=post]",
            new Dictionary<string, string> { ["Current"] = password, ["New"] = next, ["Repeat"] = next }, "/cuenta/contrasena");
        // Accepted only when what is left after cleaning makes a valid password; else a Spanish error on the form.
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.Equal("/staff", response.Headers.Location!.OriginalString);
            return;
        }
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, response.StatusCode.ToString());
        Assert.Contains(response.StatusCode == HttpStatusCode.OK ? "Revise" : "lang=\"es-CO\"", html);
    }
}

public sealed class SqliteHostileAccountInputTests(SqliteFactory factory) : HostileAccountInputTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresHostileAccountInputTests(PostgresFactory factory) : HostileAccountInputTests(factory), IClassFixture<PostgresFactory>;
