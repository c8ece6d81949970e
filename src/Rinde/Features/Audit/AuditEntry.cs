namespace Rinde.Features.Audit;

/// <summary>One change to the data: who, when, what, and the values before and after (JSON).</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string User { get; set; } = "";
    public required string Entity { get; set; }
    public string EntityId { get; set; } = "";
    public required string Action { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}
