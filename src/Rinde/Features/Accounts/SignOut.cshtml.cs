using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Rinde.Features.Accounts;

[AllowAnonymous]
public class SignOutModel(SignInManager<RindeUser> signIn) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is { } user)
        {
            await Revocation.RevokeAsync(signIn.UserManager, user);
        }
        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
