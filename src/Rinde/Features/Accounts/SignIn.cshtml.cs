using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Rinde.Features.Accounts;

[AllowAnonymous]
public class SignInModel(SignInManager<RindeUser> signIn, UserManager<RindeUser> users) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Escriba su correo electrónico."), EmailAddress(ErrorMessage = "El correo no es válido.")]
    public string Email { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Escriba su contraseña."), DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is not null)
        {
            var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/staff");
            }
            if (result.IsLockedOut)
            {
                ModelState.AddModelError("", "La cuenta está bloqueada por varios intentos fallidos. Intente de nuevo en unos minutos.");
                return Page();
            }
        }
        ModelState.AddModelError("", "Correo o contraseña incorrectos.");
        return Page();
    }
}
