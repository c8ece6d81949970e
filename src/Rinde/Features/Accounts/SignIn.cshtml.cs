using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Rinde.Features.Accounts;

[AllowAnonymous]
public class SignInModel(SignInManager<RindeUser> signIn, SignInCheck check) : PageModel
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
        if (await check.CheckAsync(Email, Password, HttpContext.Connection.RemoteIpAddress) is not { } user)
        {
            ModelState.AddModelError("", SignInCheck.Refused);
            return Page();
        }
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/staff");
    }
}
