using System.Net;
using System.Text.Json;
using Npgsql;

namespace Rinde.Tests.Infrastructure;

/// <summary>The probes a load balancer asks: live while the process answers, ready only while it can serve.</summary>
public sealed class HealthTests
{
    private static async Task<(HttpStatusCode Status, JsonElement Body)> ReadyAsync(RindeFactory factory)
    {
        var response = await factory.CreateClient().GetAsync("/health/ready");
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    private static string StatusOf(JsonElement body, string check) =>
        body.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == check).GetProperty("status").GetString()!;

    [Fact]
    public async Task A_node_with_its_database_and_data_directory_is_ready()
    {
        using var factory = new SqliteFactory();
        var (status, body) = await ReadyAsync(factory);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ok", body.GetProperty("status").GetString());
        Assert.Equal("ok", StatusOf(body, "baseDeDatos"));
        Assert.Equal("ok", StatusOf(body, "directorioDeDatos"));
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task A_node_whose_database_is_gone_is_live_but_not_ready()
    {
        using var factory = new PostgresFactory();
        Assert.Equal(HttpStatusCode.OK, (await ReadyAsync(factory)).Status);
        await using (var server = new NpgsqlConnection(PostgresFactory.ServerConnection))
        {
            await server.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE {factory.Database} WITH (FORCE)", server);
            await drop.ExecuteNonQueryAsync();
        }
        var (status, body) = await ReadyAsync(factory);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("fallo", StatusOf(body, "baseDeDatos"));
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task A_node_that_cannot_write_its_files_is_not_ready()
    {
        using var factory = new PostgresFactory();
        Assert.Equal(HttpStatusCode.OK, (await ReadyAsync(factory)).Status);
        var files = Path.Combine(factory.DataDir, "files");
        Directory.Delete(files, recursive: true);
        await File.WriteAllTextAsync(files, "no es un directorio");
        var (status, body) = await ReadyAsync(factory);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("fallo", StatusOf(body, "directorioDeDatos"));
        Assert.Equal("ok", StatusOf(body, "baseDeDatos"));
        File.Delete(files);
    }

    [Fact]
    public async Task A_node_whose_outbox_piles_up_is_not_ready()
    {
        using var factory = new SqliteFactory();
        factory.Settings["Outbox:ReadyBacklog"] = "1";
        Assert.Equal("ok", StatusOf((await ReadyAsync(factory)).Body, "bandejaDeSalida"));
        factory.WithDb(db =>
        {
            // Overdue but leased far ahead, so the sender leaves them where they are.
            for (var i = 0; i < 2; i++)
            {
                db.Set<Rinde.Features.Messages.OutboxMessage>().Add(new()
                {
                    Kind = "prueba", To = $"p{i}@example.org", Subject = "Atrasado", TextBody = "-", HtmlBody = "-",
                    MessageId = $"{Guid.NewGuid():N}@pruebas", CreatedAt = DateTime.UtcNow, NextAttemptAt = DateTime.UtcNow.AddHours(-1),
                    LeaseUntil = DateTime.UtcNow.AddHours(1), LeaseOwner = Guid.NewGuid(),
                });
            }
            return db.SaveChanges();
        });
        var (status, body) = await ReadyAsync(factory);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("fallo", StatusOf(body, "bandejaDeSalida"));
    }
}
