namespace Rinde.Features.Acta;

/// <summary>
/// The quality-system template of the acta ("formato"), printed in its header, with the
/// archive codes that make up the acta's number.
/// </summary>
public class ActaFormat : Data.ISoftDeletable
{
    public int Id { get; set; }

    /// <summary>Entity name printed above everything, e.g. "Alcaldía de Santiago de Cali".</summary>
    public required string EntityName { get; set; }

    /// <summary>Process and sub-process lines, one per line.</summary>
    public string ProcessLines { get; set; } = "";

    /// <summary>Names of the integrated management systems, one per line.</summary>
    public string SystemLines { get; set; } = "";

    public required string FormName { get; set; }
    public required string Code { get; set; }
    public required string Version { get; set; }
    public DateOnly EffectiveDate { get; set; }

    /// <summary>TRD series and subseries used in the acta's number.</summary>
    public string Series { get; set; } = "";
    public string Subseries { get; set; } = "";

    /// <summary>Pattern with {dependencia}, {serie}, {subserie}, {consecutivo} and {año}.</summary>
    public string NumberPattern { get; set; } = "{dependencia}.{serie}.{subserie}.{consecutivo}";
}
