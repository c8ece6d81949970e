using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Rinde.Features.Accounts;

/// <summary>
/// A signed-in staff member changes their own password. Identity renews the security stamp with
/// the password, so every other session and bearer token of the account stops working at once
/// (<see cref="Revocation"/>); this browser is signed in again with the new stamp.
/// </summary>
public class ChangePasswordModel(UserManager<RindeUser> users, SignInManager<RindeUser> signIn) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Escriba su contraseña actual."), DataType(DataType.Password)]
    public string Current { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Escriba la nueva contraseña."), DataType(DataType.Password)]
    public string New { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Escriba otra vez la nueva contraseña."), DataType(DataType.Password)]
    public string Repeat { get; set; } = "";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid && New != Repeat)
        {
            ModelState.AddModelError(nameof(Repeat), "Las dos nuevas contraseñas no coinciden.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        var result = await users.ChangePasswordAsync(user, Current, New);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(Current) : nameof(New), error.Description);
            }
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        TempData["Mensaje"] = "Su contraseña cambió. Las demás sesiones y tokens de su cuenta se cerraron.";
        return Redirect("/staff");
    }
}
