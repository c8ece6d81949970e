using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Rinde.Tests.Infrastructure;
using static Rinde.Tests.Contacts.ContactSetup;

namespace Rinde.Tests.Hostile;

/// <summary>An invitation's subject, body and lists as an attacker would send them.</summary>
public abstract class HostileInvitationTests(RindeFactory factory)
{
    private async Task<(HttpClient Staff, int Exercise, int List)> SetupAsync() =>
        (await factory.CreateStaffClientAsync(), TestExercises.Create(factory, TestExercises.Tomorrow), NewList(factory).List);

    [Fact]
    public async Task Control_characters_are_stripped_and_a_line_break_cannot_add_a_header()
    {
        var (staff, exercise, list) = await SetupAsync();
        var response = await staff.PostAsJsonAsync($"/api/v1/exercises/{exercise}/invitations", new
        {
            lists = new[] { list },
            subject = "Le\u0000 invitamos\r\nBcc: intruso@correo.co",
            body = "Hola\u0007, {nombre}.\u001b[31m",
        });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var stored = await factory.WithDbAsync(db => db.Set<Rinde.Features.Invitations.Invitation>().AsNoTracking()
            .SingleAsync(i => i.ExerciseId == exercise));
        Assert.Equal("Le invitamos Bcc: intruso@correo.co", stored.Subject);
        Assert.Equal("Hola, {nombre}.[31m", stored.Body);
    }

    [Theory]
    [InlineData("subject", 301, 10)]
    [InlineData("body", 10, 20_001)]
    [InlineData("subject", 0, 10)]
    [InlineData("body", 10, 0)]
    public async Task Texts_past_their_budget_or_empty_are_refused_in_spanish(string field, int subjectLength, int bodyLength)
    {
        var (staff, exercise, list) = await SetupAsync();
        var response = await staff.PostAsJsonAsync($"/api/v1/exercises/{exercise}/invitations",
            new { lists = new[] { list }, subject = new string('a', subjectLength), body = new string('b', bodyLength) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.Contains($"\"{field}\"", problem);
        Assert.Contains("caracteres", problem);
    }

    [Fact]
    public async Task Unknown_or_thousands_of_lists_are_refused_without_an_error_of_the_server()
    {
        var (staff, exercise, list) = await SetupAsync();
        foreach (var lists in new[] { new[] { int.MaxValue }, Enumerable.Range(1_000_000, 5_000).Append(list).ToArray(), Array.Empty<int>() })
        {
            var response = await staff.PostAsJsonAsync($"/api/v1/exercises/{exercise}/invitations",
                new { lists, subject = "Invitación", body = "Venga." });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("\"lists\"", await response.Content.ReadAsStringAsync());
        }
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<Rinde.Features.Invitations.Invitation>().CountAsync(i => i.ExerciseId == exercise)));
    }
}

public sealed class SqliteHostileInvitationTests(SqliteFactory factory) : HostileInvitationTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresHostileInvitationTests(PostgresFactory factory) : HostileInvitationTests(factory), IClassFixture<PostgresFactory>;
