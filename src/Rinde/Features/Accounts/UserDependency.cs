namespace Rinde.Features.Accounts;

/// <summary>A staff member belongs to a dependency: they see and change its exercises and its sub-units'.</summary>
public class UserDependency
{
    public required string UserId { get; set; }
    public int DependencyId { get; set; }
}
