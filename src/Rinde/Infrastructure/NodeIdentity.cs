namespace Rinde.Infrastructure;

/// <summary>
/// This process among the nodes sharing one database: the lease owner of what it claims, and a
/// readable name (machine and process) stored beside it so an operator sees which node works on what.
/// </summary>
public sealed class NodeIdentity
{
    public Guid Id { get; } = Guid.NewGuid();

    public string Name { get; } = $"{Environment.MachineName}/{Environment.ProcessId}";
}
