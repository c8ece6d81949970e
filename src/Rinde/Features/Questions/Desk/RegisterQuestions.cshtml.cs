using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Acta;
using Rinde.Features.Exercises;
using Rinde.Features.Questions.Intake;

namespace Rinde.Features.Questions.Desk;

/// <summary>Staff register questions that came through other channels: the stream's chat, paper, phone, e-mail.</summary>
public class RegisterQuestionsModel(RindeDbContext db, QuestionIntake intake) : PageModel
{
    public static readonly IReadOnlyList<QuestionChannel> OtherChannels =
        [QuestionChannel.Papel, QuestionChannel.Telefono, QuestionChannel.Correo, QuestionChannel.Presencial, QuestionChannel.ChatTransmision];

    public int ExerciseId { get; private set; }
    public string ExerciseTitle { get; private set; } = "";
    public List<(int Id, string Name)> Themes { get; private set; } = [];
    private DateOnly _date;
    private bool _frozen;
    private string _dependencyName = "";

    [BindProperty] public string? Chat { get; set; }
    [BindProperty] public string? PageName { get; set; }
    [BindProperty] public List<ChatItem> Items { get; set; } = [];

    /// <summary>The pasted comments to tick, once the chat was read.</summary>
    public List<ChatCandidate> Preview { get; private set; } = [];

    public sealed class ChatItem
    {
        public bool Selected { get; set; }
        public string? Name { get; set; }
        public string? Text { get; set; }
    }

    [BindProperty] public string? Text { get; set; }
    [BindProperty] public QuestionChannel Channel { get; set; } = QuestionChannel.Papel;
    [BindProperty] public QuestionType Type { get; set; } = QuestionType.Pregunta;
    [BindProperty] public int? ThemeId { get; set; }
    [BindProperty] public string? CitizenName { get; set; }
    [BindProperty] public bool Consent { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>Step one: the pasted chat becomes a list to tick; nothing is registered yet.</summary>
    public async Task<IActionResult> OnPostChatPreviewAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (_frozen)
        {
            return StatusCode(StatusCodes.Status409Conflict);
        }
        var comments = ChatParser.Parse(Chat ?? "");
        if (comments.Count == 0)
        {
            ModelState.AddModelError(nameof(Chat), "Pegue al menos un comentario del chat.");
        }
        else if (comments.Count > ChatPreview.MaxComments)
        {
            ModelState.AddModelError(nameof(Chat), $"Se encontraron {comments.Count} comentarios; pegue a lo sumo {ChatPreview.MaxComments} a la vez.");
        }
        else
        {
            Preview = ChatPreview.Of(comments, [PageName, _dependencyName]);
        }
        return Page();
    }

    /// <summary>Step two: the ticked comments become questions of the chat channel.</summary>
    public async Task<IActionResult> OnPostChatAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (_frozen)
        {
            // The acta recorded the questions it got: the Spanish 409 page links to reopening it.
            return StatusCode(StatusCodes.Status409Conflict);
        }
        var chosen = Items.Take(ChatPreview.MaxComments)
            .Where(i => i.Selected && i.Text?.Trim().Length is >= QuestionSubmission.MinLength and <= QuestionSubmission.MaxLength).ToList();
        if (chosen.Count == 0)
        {
            Preview = Items.Take(ChatPreview.MaxComments).Select(i => new ChatCandidate(i.Name, i.Text ?? "", false, null)).ToList();
            ModelState.AddModelError(nameof(Items), "Marque al menos un comentario para registrarlo.");
            return Page();
        }
        foreach (var item in chosen)
        {
            await intake.SubmitAsync(New(item.Text!.Trim(), QuestionChannel.ChatTransmision, QuestionType.Pregunta, null, item.Name, false), null, ct);
        }
        TempData["Mensaje"] = chosen.Count == 1 ? "Se registró 1 pregunta del chat." : $"Se registraron {chosen.Count} preguntas del chat.";
        return Redirect($"/staff/ejercicios/{id}/mesa");
    }

    public async Task<IActionResult> OnPostOneAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (_frozen)
        {
            // The acta recorded the questions it got: the Spanish 409 page links to reopening it.
            return StatusCode(StatusCodes.Status409Conflict);
        }
        if (string.IsNullOrWhiteSpace(Text) || Text.Trim().Length < QuestionSubmission.MinLength)
        {
            ModelState.AddModelError(nameof(Text), $"Escriba la pregunta (al menos {QuestionSubmission.MinLength} caracteres).");
        }
        if (ThemeId is int themeId && Themes.All(t => t.Id != themeId))
        {
            ModelState.AddModelError(nameof(ThemeId), "Elija uno de los temas del ejercicio.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var themeName = Themes.FirstOrDefault(t => t.Id == ThemeId).Name;
        var (_, number) = await intake.SubmitAsync(New(Text!.Trim(), Channel, Type, ThemeId, CitizenName, Consent), themeName, ct);
        TempData["Mensaje"] = $"Se registró la pregunta {number} ({QuestionLabels.Channel(Channel)}).";
        return Redirect($"/staff/ejercicios/{id}/mesa");
    }

    private CitizenQuestion New(string text, QuestionChannel channel, QuestionType type, int? themeId, string? name, bool consent) => new()
    {
        ExerciseId = ExerciseId,
        Text = text,
        Channel = channel,
        Type = type,
        ThemeId = themeId,
        CitizenName = string.IsNullOrWhiteSpace(name) ? null : name.Trim(),
        Anonymous = string.IsNullOrWhiteSpace(name),
        Consent = consent,
        // A name said in a public chat was already public; on paper or by phone it needs consent.
        PublishName = channel == QuestionChannel.ChatTransmision || consent,
        Deadline = QuestionDeadlines.DueDate(type, _date),
    };

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var exercise = await db.Exercises.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new { e.Title, e.Date, e.Status, Dependency = e.Dependency.Name, Themes = e.Themes.OrderBy(t => t.Order).Select(t => new { t.Id, t.Name }).ToList() })
            .FirstOrDefaultAsync(ct);
        if (exercise is null)
        {
            return false;
        }
        (ExerciseId, ExerciseTitle, _date, _frozen, _dependencyName) = (id, exercise.Title, exercise.Date, exercise.Status.IsFrozen(), exercise.Dependency);
        PageName ??= exercise.Dependency;
        Themes = exercise.Themes.Select(t => (t.Id, t.Name)).ToList();
        return true;
    }
}
