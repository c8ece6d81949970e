using Microsoft.AspNetCore.Identity;

namespace Rinde.Features.Accounts;

/// <summary>A staff member who signs in to the back-office or the API.</summary>
public class RindeUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
}
