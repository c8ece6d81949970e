namespace Rinde.Infrastructure;

/// <summary>
/// This process among the nodes sharing one database: a readable name (machine and process)
/// stored with what it takes, so an operator sees which node works on what.
/// </summary>
public sealed class NodeIdentity
{
    public string Name { get; } = $"{Environment.MachineName}/{Environment.ProcessId}";
}
