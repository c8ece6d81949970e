using System.ComponentModel.DataAnnotations;

namespace Rinde.Features.Survey.Territories;

/// <summary>
/// A comuna (urban) or corregimiento (rural) of a municipality: the options of a survey's
/// "comuna o corregimiento" question. Kept per municipality so an entity of another city
/// configures its own list.
/// </summary>
public class Territory : Data.ISoftDeletable
{
    public int Id { get; set; }
    public required string Municipality { get; set; }
    public TerritoryKind Kind { get; set; }
    public required string Name { get; set; }
    public int Order { get; set; }
}

public enum TerritoryKind
{
    [Display(Name = "Comuna (urbana)")]
    Comuna,
    [Display(Name = "Corregimiento (rural)")]
    Corregimiento,
}
