using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rinde.Tests.Exercises;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Audit;

public abstract class AuditLogTests(RindeFactory factory)
{
    [Fact]
    public async Task A_change_is_logged_with_who_when_and_the_values_before_and_after()
    {
        var staff = await factory.CreateStaffClientAsync();
        var code = "AU" + Guid.NewGuid().ToString("N")[..6];
        var image = await ExerciseDocumentTests.UploadAsync(staff, ExerciseDocumentTests.Png, "a.png");
        var posted = await staff.PostAsJsonAsync("/api/v1/exercises", RichDocument.Build(code, image));
        var id = JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        var document = JsonNode.Parse(await staff.GetStringAsync($"/api/v1/exercises/{id}"))!;
        document["title"] = "Título corregido " + code;
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PutAsJsonAsync($"/api/v1/exercises/{id}", document)).StatusCode);

        var entry = factory.WithDb(db => db.AuditEntries
            .Where(a => a.Entity == "Exercise" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.Action == "modificado")
            .AsEnumerable().Last(a => a.After!.Contains("Título corregido", StringComparison.Ordinal)));
        Assert.Equal(RindeFactory.AdminEmail, entry.User);
        Assert.Contains("Audiencia pública de prueba " + code, entry.Before);
        Assert.True(DateTime.UtcNow - entry.At < TimeSpan.FromMinutes(5));
        Assert.True(factory.WithDb(db => db.AuditEntries.Any(a => a.Entity == "Exercise" && a.Action == "creado"
            && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.DoesNotContain(factory.WithDb(db => db.AuditEntries.Where(a => a.Entity == "RindeUser").Select(a => a.After ?? "").ToList()),
            after => after.Contains("PasswordHash", StringComparison.Ordinal));

        var page = await StaffBrowserPageAsync("/staff/auditoria?Entidad=Exercise");
        Assert.Contains("Título corregido " + code, page);
    }

    private async Task<string> StaffBrowserPageAsync(string url)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await StaffSignIn.SignInAsync(client);
        return await client.GetStringAsync(url);
    }
}

public sealed class SqliteAuditLogTests(SqliteFactory factory) : AuditLogTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresAuditLogTests(PostgresFactory factory) : AuditLogTests(factory), IClassFixture<PostgresFactory>;
