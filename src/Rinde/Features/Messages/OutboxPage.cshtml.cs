using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Infrastructure;

namespace Rinde.Features.Messages;

/// <summary>The outbox for administrators (StaffPageScope keeps the route theirs): state, attempts, errors, resend.</summary>
public class OutboxPageModel(RindeDbContext db, IMailDelivery delivery, OutboxSignal signal, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Estado { get; set; }

    public List<OutboxMessage> Messages { get; private set; } = [];
    public Dictionary<OutboxState, int> Counts { get; private set; } = [];

    /// <summary>Where the .eml files go when no SMTP server is configured; null with a server.</summary>
    public string? PickupFolder => (delivery as PickupDirectoryDelivery)?.Folder;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!OutboxQuery.TryParseState(Estado, out var state))
        {
            return RedirectToPage();
        }
        Messages = await OutboxQuery.Latest(db, state, 200).ToListAsync(ct);
        Counts = await db.Set<OutboxMessage>().GroupBy(m => m.State).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostResendAsync(long id, CancellationToken ct)
    {
        if (await OutboxQuery.ResendAsync(db, id, clock.GetUtcNow().UtcDateTime, ct))
        {
            signal.Wake();
            TempData["Mensaje"] = $"El mensaje {id} quedó en cola para enviarse de nuevo.";
        }
        else
        {
            TempData["Error"] = $"El mensaje {id} no existe o se está enviando en este momento.";
        }
        return RedirectToPage(new { Estado });
    }

    public static string Label(OutboxState state) => state switch
    {
        OutboxState.Pendiente => "Pendiente",
        OutboxState.Enviado => "Enviado",
        OutboxState.Fallido => "Fallido",
        _ => "Cancelado",
    };

    public static string When(DateTime? utc) => utc is DateTime u ? ColombiaTime.Show(u) : "—";

    public static string Count(int n) => EsCo.Count(n);
}
