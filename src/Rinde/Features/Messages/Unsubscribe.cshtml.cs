using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Features.Messages;

/// <summary>
/// The link every citizen message carries (Ley 1581 de 2012). GET asks to confirm, so a mail
/// scanner that follows links unsubscribes nobody; POST (the page's button, or the mail
/// client's one-click of RFC 8058) stops every further message to that address.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken] // RFC 8058: the mail client posts without a form of ours.
public class UnsubscribeModel(RindeDbContext db, MessageLinks links, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "t")] public string? Token { get; set; }

    public string? Address { get; private set; }
    public bool Done { get; private set; }

    public IActionResult OnGet()
    {
        Address = links.AddressOf(Token);
        return Address is null ? BadLink() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Address = links.AddressOf(Token);
        if (Address is null)
        {
            return BadLink();
        }
        if (!await db.Set<MailSuppression>().AnyAsync(s => s.Address == Address, ct))
        {
            db.Add(new MailSuppression { Address = Address, At = clock.GetUtcNow().UtcDateTime });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Two clicks at once: the other one stored it.
            }
        }
        Done = true;
        return Page();
    }

    private PageResult BadLink()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
