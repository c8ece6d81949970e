using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Features.Survey.Territories;

/// <summary>Section <c>Rinde</c>: the installation's municipality (<c>Rinde__Municipality</c>).</summary>
public sealed class MunicipalityOptions
{
    public string? Municipality { get; set; }

    /// <summary>Santiago de Cali when unset.</summary>
    public string Configured => Municipality is { Length: > 0 } name && name.Trim().Length > 0 ? name.Trim() : Municipalities.Cali;
}

/// <summary>The installation's municipality and the comunas and corregimientos kept for each one.</summary>
public static class Municipalities
{
    public const string Cali = "Santiago de Cali";

    /// <summary>
    /// The option a survey shows for a territory: "Comuna 10", "Corregimiento Pance" (the
    /// labels Google Forms surveys of Cali use, so imported answers match them).
    /// </summary>
    public static string Label(Territory territory) =>
        territory.Kind == TerritoryKind.Corregimiento && !territory.Name.StartsWith("Corregimiento", StringComparison.OrdinalIgnoreCase)
            ? $"Corregimiento {territory.Name}"
            : territory.Name;

    public static Task<List<Territory>> TerritoriesAsync(RindeDbContext db, string municipality) =>
        db.Territories.Where(t => t.Municipality == municipality).OrderBy(t => t.Order).ThenBy(t => t.Id).AsNoTracking().ToListAsync();

    /// <summary>Cali's 22 comunas and 15 corregimientos, in the municipality's own order.</summary>
    public static IEnumerable<Territory> CaliTerritories()
    {
        string[] corregimientos =
        [
            "Golondrinas", "Montebello", "La Castilla", "La Paz", "El Saladito", "La Elvira", "Felidia", "La Leonera",
            "Pichindé", "Los Andes", "Villacarmelo", "La Buitrera", "Pance", "El Hormiguero", "Navarro",
        ];
        var comunas = Enumerable.Range(1, 22).Select(n => (TerritoryKind.Comuna, $"Comuna {n}"));
        return comunas.Concat(corregimientos.Select(c => (TerritoryKind.Corregimiento, c)))
            .Select((t, i) => new Territory { Municipality = Cali, Kind = t.Item1, Name = t.Item2, Order = i + 1 });
    }
}
