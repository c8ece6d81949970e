using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Accounts;

/// <summary>A staff member sees and changes only the exercises of their dependencies and sub-units.</summary>
public abstract class StaffScopeTests(RindeFactory factory)
{
    private const string Password = "Clave-Segura-2026";

    private async Task<(int Own, int OwnChild, int Other, string OwnCode)> TwoDependenciesAsync()
    {
        var own = TestExercises.Create(factory, TestExercises.Tomorrow, "Tema");
        var other = TestExercises.Create(factory, TestExercises.Tomorrow, "Tema");
        return factory.WithDb(db =>
        {
            var ownDependency = db.Exercises.Include(e => e.Dependency).Single(e => e.Id == own).Dependency;
            var office = new Rinde.Features.Dependencies.Dependency { Code = ownDependency.Code + ".1", Name = "Oficina adscrita", ParentId = ownDependency.Id };
            var child = new Rinde.Features.Exercises.Exercise { Title = "Diálogo de la oficina", Dependency = office, Vigencia = 2030, Date = TestExercises.Tomorrow };
            db.Exercises.Add(child);
            db.SaveChanges();
            return (own, child.Id, other, ownDependency.Code);
        });
    }

    private async Task<HttpClient> UserAsync(string role, string dependency)
    {
        var admin = await factory.CreateStaffClientAsync();
        var email = $"{role}-{Guid.NewGuid():N}@pruebas.gov.co";
        var created = await admin.PostAsJsonAsync("/api/v1/users",
            new { email, password = Password, name = "Persona de prueba", roles = new[] { role }, dependencies = new[] { dependency } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return await factory.CreateStaffClientAsync(email, Password);
    }

    [Fact]
    public async Task A_user_reaches_the_exercises_of_their_dependency_and_its_offices_but_not_another()
    {
        var (own, child, other, code) = await TwoDependenciesAsync();
        var user = await UserAsync("articulador", code);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync($"/api/v1/exercises/{own}/questions")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync($"/api/v1/exercises/{child}/questions")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.GetAsync($"/api/v1/exercises/{other}/questions")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.GetAsync($"/staff/ejercicios/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync($"/staff/ejercicios/{own}")).StatusCode);
        var list = await user.GetStringAsync("/staff");
        Assert.Contains($"/staff/ejercicios/{own}\"", list);
        Assert.DoesNotContain($"/staff/ejercicios/{other}\"", list);
    }

    [Fact]
    public async Task A_respondedor_answers_questions_but_cannot_edit_the_exercise_nor_manage_users()
    {
        var (own, _, _, code) = await TwoDependenciesAsync();
        var respondedor = await UserAsync("respondedor", code);
        var asked = await factory.CreateClient().PostAsJsonAsync($"/api/v1/exercises/{own}/questions", new { text = "¿Hay presupuesto?", anonymous = true });
        var questionId = JsonDocument.Parse(await asked.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK,
            (await respondedor.PostAsJsonAsync($"/api/v1/questions/{questionId}/answer", new { text = "Sí.", answeredLive = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await respondedor.PostAsJsonAsync("/api/v1/users", new { email = "x@y.co", password = Password, name = "X", roles = new[] { "revisor" } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await respondedor.GetAsync("/staff/usuarios")).StatusCode);
    }

    [Fact]
    public async Task An_administrator_changes_a_users_roles_and_blocks_the_account()
    {
        var (_, _, _, code) = await TwoDependenciesAsync();
        var admin = await factory.CreateStaffClientAsync();
        var email = $"cambia-{Guid.NewGuid():N}@pruebas.gov.co";
        var created = await admin.PostAsJsonAsync("/api/v1/users", new { email, password = Password, name = "Cambia", roles = new[] { "respondedor" }, dependencies = new[] { code } });
        var userId = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        var browser = await StaffBrowser.SignInAsync(factory);
        var token = await StaffBrowser.TokenAsync(browser, "/staff/usuarios");
        var updated = await browser.PostAsync("/staff/usuarios?handler=Update",
            [("__RequestVerificationToken", token), ("userId", userId), ("roles", "revisor"), ("dependencies", code), ("disabled", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, updated.StatusCode);
        var users = JsonDocument.Parse(await admin.GetStringAsync("/api/v1/users")).RootElement;
        var user = users.EnumerateArray().Single(u => u.GetProperty("email").GetString() == email);
        Assert.Equal(["revisor"], user.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var refused = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { email, password = Password });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode); // the answer an unknown address gets
    }

    [Fact]
    public async Task Creating_a_user_with_bad_data_lists_every_problem_in_spanish()
    {
        var admin = await factory.CreateStaffClientAsync();
        var response = await admin.PostAsJsonAsync("/api/v1/users",
            new { email = "", password = "corta", name = "", roles = new[] { "jefe" }, dependencies = new[] { "NO-EXISTE" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains("roles", errors.EnumerateObject().Select(p => p.Name));
        Assert.Contains("NO-EXISTE", errors.GetProperty("dependencies")[0].GetString());
        Assert.Contains("Escriba el correo", errors.GetProperty("email")[0].GetString());
    }
}

public sealed class SqliteStaffScopeTests(SqliteFactory factory) : StaffScopeTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresStaffScopeTests(PostgresFactory factory) : StaffScopeTests(factory), IClassFixture<PostgresFactory>;
