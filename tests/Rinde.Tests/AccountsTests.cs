using System.Net;
using System.Net.Http.Json;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests;

public abstract class AccountsTests(RindeFactory factory)
{
    [Fact]
    public async Task The_first_administrator_gets_a_one_hour_token()
    {
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token",
            new { email = RindeFactory.AdminEmail, password = RindeFactory.AdminPassword });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await response.Content.ReadFromJsonAsync<RindeFactory.TokenResponse>();
        Assert.False(string.IsNullOrEmpty(token!.AccessToken));
        Assert.Equal(3600, token.ExpiresIn);
    }

    [Fact]
    public async Task A_wrong_password_gets_401_with_a_spanish_problem()
    {
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token",
            new { email = RindeFactory.AdminEmail, password = "no-es-la-clave" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Correo o contraseña incorrectos", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_for_a_while()
    {
        var admin = await factory.CreateStaffClientAsync();
        const string email = "bloqueo@pruebas.gov.co", password = "Clave-Segura-2026";
        (await admin.PostAsJsonAsync("/api/v1/users", new { email, password, name = "Bloqueo", roles = new[] { "revisor" } })).EnsureSuccessStatusCode();
        var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = "equivocada" });
        }
        // Even the right password is refused now, with the answer an unknown address gets.
        var locked = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password });
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("queda bloqueada unos minutos", await locked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Staff_pages_redirect_anonymous_users_to_sign_in()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/cuenta/ingresar", response.Headers.Location!.PathAndQuery);
    }
}

public sealed class SqliteAccountsTests(SqliteFactory factory) : AccountsTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresAccountsTests(PostgresFactory factory) : AccountsTests(factory), IClassFixture<PostgresFactory>;
