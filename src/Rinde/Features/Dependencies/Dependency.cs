namespace Rinde.Features.Dependencies;

/// <summary>An administrative unit (dependencia / organismo / oficina adscrita). Dependencies form a tree.</summary>
public class Dependency : Data.ISoftDeletable
{
    public int Id { get; set; }

    /// <summary>The archive (TRD) code, e.g. 4112 for the Secretaría de Gobierno.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public int? ParentId { get; set; }
    public Dependency? Parent { get; set; }
    public List<Dependency> Children { get; set; } = [];
}
