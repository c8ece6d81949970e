using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Accounts;
using Rinde.Features.BackOffice;
using Rinde.Features.Contacts;
using Rinde.Features.Messages;

namespace Rinde.Features.Invitations;

/// <summary>
/// Item 2 by e-mail: write the invitation, see it as a contact will, send it to chosen lists,
/// and follow its sending (the page reloads itself while it runs, no JavaScript needed).
/// </summary>
public class InvitationsPageModel(RindeDbContext db, StaffScope scope, ContactLists lists, Invitations invitations, InvitationText text)
    : StaffPageModel(db)
{
    public sealed record ListChoice(int Id, string Name, string Dependency, int Contacts);

    public override string PartTitle => "Invitaciones por correo electrónico";
    public override string Tab => "convocatoria";
    public override (string Href, string Label)? Back => ($"/staff/ejercicios/{ExerciseId}/convocatoria", "Convocatoria");

    public List<ListChoice> Lists { get; private set; } = [];
    public List<InvitationView> Sent { get; private set; } = [];

    [BindProperty] public List<int> Listas { get; set; } = [];
    [BindProperty] public string Asunto { get; set; } = InvitationText.DefaultSubject;
    [BindProperty] public string Mensaje { get; set; } = InvitationText.DefaultBody;

    [BindProperty(SupportsGet = true, Name = "invitacion")] public Guid? Following { get; set; }
    public InvitationView? Current { get; private set; }
    public MailDraft? Preview { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var exercise = await Db.Exercises.AsNoTracking().Include(e => e.Dependency).Include(e => e.ActaFormat).FirstAsync(e => e.Id == ExerciseId, ct);
        var sample = await Db.Set<Contact>().AsNoTracking().Where(c => Listas.Contains(c.ContactListId)).OrderBy(c => c.Email)
            .Select(c => new { c.Email, c.Name }).FirstOrDefaultAsync(ct) ?? new { Email = "contacto@ejemplo.co", Name = "Nombre del contacto" };
        Preview = text.Draft(exercise, exercise.ActaFormat?.EntityName ?? exercise.Dependency.Name, Asunto, Mensaje, sample.Email, sample.Name, Guid.Empty, Now);
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(CancellationToken ct)
    {
        var (id, errors) = await invitations.CreateAsync(ExerciseId, Listas, Asunto, Mensaje, User.Identity?.Name ?? "sistema", ct);
        if (id is not Guid key)
        {
            foreach (var (field, messages) in errors)
            {
                ModelState.AddModelError(field switch { "lists" => nameof(Listas), "subject" => nameof(Asunto), "body" => nameof(Mensaje), _ => "" }, messages[0]);
            }
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await LoadAsync(ct);
            return Page();
        }
        return Redirect($"{PagePath}?invitacion={key}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Lists = await (await lists.VisibleAsync(scope, ct)).OrderBy(l => l.Dependency.Name).ThenBy(l => l.Name)
            .Select(l => new ListChoice(l.Id, l.Name, l.Dependency.Name, l.Contacts.Count)).ToListAsync(ct);
        var mine = await Db.Set<Invitation>().AsNoTracking().Where(i => i.ExerciseId == ExerciseId).OrderByDescending(i => i.CreatedAt).Take(20).ToListAsync(ct);
        Sent = [];
        foreach (var invitation in mine)
        {
            Sent.Add(await Invitations.ViewAsync(Db, invitation, ct));
        }
        Current = Sent.FirstOrDefault(v => v.Id == Following);
    }
}
