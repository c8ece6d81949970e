using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Acta;
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

    [BindProperty] public string? Chat { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public QuestionChannel Channel { get; set; } = QuestionChannel.Papel;
    [BindProperty] public QuestionType Type { get; set; } = QuestionType.Pregunta;
    [BindProperty] public int? ThemeId { get; set; }
    [BindProperty] public string? CitizenName { get; set; }
    [BindProperty] public bool Consent { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

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
        var comments = ChatParser.Parse(Chat ?? "").Where(c => c.Text.Length >= QuestionSubmission.MinLength).ToList();
        if (comments.Count == 0)
        {
            ModelState.AddModelError(nameof(Chat), "Pegue al menos un comentario del chat.");
            return Page();
        }
        foreach (var comment in comments)
        {
            await intake.SubmitAsync(New(comment.Text, QuestionChannel.ChatTransmision, QuestionType.Pregunta, null, comment.Name, false), null, ct);
        }
        TempData["Mensaje"] = comments.Count == 1 ? "Se registró 1 pregunta del chat." : $"Se registraron {comments.Count} preguntas del chat.";
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
            .Select(e => new { e.Title, e.Date, e.Status, Themes = e.Themes.OrderBy(t => t.Order).Select(t => new { t.Id, t.Name }).ToList() })
            .FirstOrDefaultAsync(ct);
        if (exercise is null)
        {
            return false;
        }
        (ExerciseId, ExerciseTitle, _date, _frozen) = (id, exercise.Title, exercise.Date, exercise.Status.IsFrozen());
        Themes = exercise.Themes.Select(t => (t.Id, t.Name)).ToList();
        return true;
    }
}
