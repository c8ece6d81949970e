using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Rinde.Features.Accounts;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Hostile;

/// <summary>Blocking, removing a role, signing out or changing the password: the very next request with the old cookie or token is refused.</summary>
public abstract class RevocationTests(RindeFactory factory)
{
    private const string Password = "Clave-Segura-2026";

    private sealed record Staff(string Id, string Email, string Dependency, HttpClient Token, HttpClient Cookie, HttpClient OtherCookie);

    private async Task<Staff> NewStaffAsync()
    {
        var dependency = "RV" + Guid.NewGuid().ToString("N")[..6];
        factory.WithDb(db => { db.Dependencies.Add(new() { Code = dependency, Name = "Dependencia revocada" }); return db.SaveChanges(); });
        var email = $"revocada-{Guid.NewGuid():N}@pruebas.gov.co";
        var admin = await factory.CreateStaffClientAsync();
        var created = await admin.PostAsJsonAsync("/api/v1/users", new { email, password = Password, name = "Revocada", roles = new[] { "articulador", "respondedor" }, dependencies = new[] { dependency } });
        created.EnsureSuccessStatusCode();
        var id = factory.WithDb(db => db.Users.Single(u => u.Email == email).Id);
        var token = await factory.CreateStaffClientAsync(email, Password);
        var cookie = factory.CreateClient(new() { AllowAutoRedirect = false });
        await StaffSignIn.SignInAsync(cookie, email, Password);
        var other = factory.CreateClient(new() { AllowAutoRedirect = false });
        await StaffSignIn.SignInAsync(other, email, Password);
        var staff = new Staff(id, email, dependency, token, cookie, other);
        await AssertAcceptedAsync(staff);
        return staff;
    }

    private static async Task AssertAcceptedAsync(Staff staff)
    {
        Assert.Equal(HttpStatusCode.OK, (await staff.Token.GetAsync("/api/v1/exercises")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.Cookie.GetAsync("/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.OtherCookie.GetAsync("/staff")).StatusCode);
    }

    private static async Task AssertRefusedAsync(HttpClient cookie, HttpClient token)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/v1/exercises")).StatusCode);
        var page = await cookie.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/cuenta/ingresar", page.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Unauthorized, (await cookie.GetAsync("/api/v1/exercises")).StatusCode);
    }

    private async Task UpdateAsync(Staff staff, string[] roles, bool disabled)
    {
        using var scope = factory.Services.CreateScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserAccounts>().UpdateAsync(staff.Id, [.. roles], [staff.Dependency], disabled, default));
    }

    [Fact]
    public async Task Blocking_a_user_refuses_their_cookie_and_token_at_once()
    {
        var staff = await NewStaffAsync();
        await UpdateAsync(staff, ["articulador", "respondedor"], disabled: true);
        await AssertRefusedAsync(staff.Cookie, staff.Token);
        Assert.NotEqual(HttpStatusCode.OK, (await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { email = staff.Email, password = Password })).StatusCode);
    }

    [Fact]
    public async Task Removing_a_role_refuses_the_old_cookie_and_token()
    {
        var staff = await NewStaffAsync();
        await UpdateAsync(staff, ["respondedor"], disabled: false);
        await AssertRefusedAsync(staff.Cookie, staff.Token);
    }

    [Fact]
    public async Task Signing_out_ends_every_session_and_token_of_the_user()
    {
        var staff = await NewStaffAsync();
        var home = await staff.Cookie.GetDocumentAsync("/staff");
        var signedOut = await staff.Cookie.SubmitAsync(home, "form[action='/cuenta/salir']", new Dictionary<string, string>(), "/staff");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        await AssertRefusedAsync(staff.OtherCookie, staff.Token);
    }

    [Fact]
    public async Task Changing_the_password_ends_the_other_sessions_and_tokens_but_not_this_one()
    {
        var staff = await NewStaffAsync();
        const string next = "otra frase que solo yo conozco";
        var form = await staff.Cookie.GetDocumentAsync("/cuenta/contrasena");
        var changed = await staff.Cookie.SubmitAsync(form, "main form[method=post]",
            new Dictionary<string, string> { ["Current"] = Password, ["New"] = next, ["Repeat"] = next }, "/cuenta/contrasena");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.Cookie.GetAsync("/staff")).StatusCode);
        await AssertRefusedAsync(staff.OtherCookie, staff.Token);
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/auth/token", new { email = staff.Email, password = Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/auth/token", new { email = staff.Email, password = next })).StatusCode);
    }
}

public sealed class SqliteRevocationTests(SqliteFactory factory) : RevocationTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresRevocationTests(PostgresFactory factory) : RevocationTests(factory), IClassFixture<PostgresFactory>;
