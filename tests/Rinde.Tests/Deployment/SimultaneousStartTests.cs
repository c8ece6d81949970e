using Microsoft.EntityFrameworkCore;
using Rinde.Features.Accounts;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Deployment;

/// <summary>
/// Two nodes started at the same instant on an empty PostgreSQL database (a fresh deployment):
/// the migrations run once and the first administrator, the roles, the territories and the demo
/// exist once; both nodes serve.
/// </summary>
public sealed class SimultaneousStartTests
{
    [Fact]
    public async Task Two_nodes_started_together_on_an_empty_database_migrate_and_seed_once()
    {
        await using var database = ProcessDatabase.Postgres();
        RindeProcess Node()
        {
            var environment = database.Environment();
            environment["RINDE_ADMIN_EMAIL"] = RindeFactory.AdminEmail;
            environment["RINDE_ADMIN_PASSWORD"] = RindeFactory.AdminPassword;
            environment["RINDE_DEMO"] = "true";
            return new RindeProcess(environment);
        }
        using var a = Node();
        using var b = Node();
        await Task.WhenAll(a.StartAsync(), b.StartAsync());

        await using var db = database.Open();
        var applied = await db.Database.SqlQueryRaw<string>("SELECT \"MigrationId\" AS \"Value\" FROM \"__EFMigrationsHistory\"").ToListAsync();
        Assert.Equal(db.Database.GetMigrations().Order(), applied.Order());
        Assert.Equal(1, await db.Users.CountAsync());
        Assert.Equal(Roles.All.Order(), (await db.Roles.Select(r => r.Name!).ToListAsync()).Order());
        Assert.Equal(1, await db.Exercises.CountAsync());
        var territories = await db.Territories.Select(t => new { t.Municipality, t.Name }).ToListAsync();
        Assert.NotEmpty(territories);
        Assert.Equal(territories.Count, territories.Distinct().Count());
        foreach (var node in new[] { a, b })
        {
            using var client = new HttpClient { BaseAddress = node.BaseAddress };
            Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        }
    }
}
