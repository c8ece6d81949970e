using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Infrastructure;

namespace Rinde.Features.Survey.Territories;

/// <summary>
/// At start-up, gives Santiago de Cali its comunas and corregimientos when it never had any.
/// Deleted rows count as "had": an administrator who emptied the list on purpose does not
/// see it come back on the next restart.
/// </summary>
internal sealed class TerritorySeeder(RindeDbContext db, ILogger<TerritorySeeder> logger) : IStartupStep
{
    public async Task RunAsync(IServiceProvider services)
    {
        if (await db.Territories.IgnoreQueryFilters().AnyAsync(t => t.Municipality == Municipalities.Cali))
        {
            return;
        }
        db.Territories.AddRange(Municipalities.CaliTerritories());
        await db.SaveChangesAsync();
        logger.LogInformation("Comunas y corregimientos de {Municipality} cargados.", Municipalities.Cali);
    }
}
