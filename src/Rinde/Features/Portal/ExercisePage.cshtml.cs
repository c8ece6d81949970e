using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Exercises;
using Rinde.Features.Questions;
using Rinde.Features.Questions.Intake;
using Rinde.Features.Survey.Responses.PublicForm;

namespace Rinde.Features.Portal;

[AllowAnonymous]
public class ExercisePageModel(RindeDbContext db, QuestionReception reception, IntakeDevices devices, TimeProvider clock) : PageModel
{
    public Exercise Exercise { get; private set; } = null!;
    public List<PublicQuestions.PublicQuestion> Answered { get; private set; } = [];
    public bool TakesQuestions { get; private set; }
    public bool SurveyOpen { get; private set; }

    /// <summary>The survey's address while it is open, and its QR code.</summary>
    public string SurveyUrl => $"{Request.Scheme}://{Request.Host}/encuesta/{Exercise.Id}";
    public string? SurveyQr { get; private set; }

    /// <summary>The acta is published, or was before it was reopened: anyone may read it (acta.pdf and acta.docx serve that version).</summary>
    public bool ActaPublished { get; private set; }

    [BindProperty]
    public QuestionForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (TakesQuestions)
        {
            devices.Issue(HttpContext);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var result = await reception.ReceiveAsync(id, Form.ToSubmission(), devices.SenderOf(HttpContext), ct);
        switch (result)
        {
            case Reception.Received received:
                TempData["Mensaje"] = $"Recibimos su pregunta con el número {received.Number}. Guarde el enlace de esta página: con él puede seguir su respuesta.";
                return Redirect(PublicQuestions.FollowPath(id, received.FollowCode));
            case Reception.Invalid invalid:
                foreach (var (field, messages) in invalid.Errors)
                {
                    foreach (var message in messages)
                    {
                        ModelState.AddModelError($"{nameof(Form)}.{char.ToUpperInvariant(field[0])}{field[1..]}", message);
                    }
                }
                break;
            case Reception.TooFast:
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                ModelState.AddModelError("", IntakeRateLimiter.TooFast);
                break;
            default:
                ModelState.AddModelError("", "Este ejercicio ya no recibe preguntas.");
                break;
        }
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var exercise = await db.Exercises.AsNoTracking().Public()
            .Include(e => e.Dependency)
            .Include(e => e.Themes.OrderBy(t => t.Order))
            .Include(e => e.Topics.OrderBy(t => t.Order)).ThenInclude(t => t.Dependency)
            .Include(e => e.ReportSections.OrderBy(s => s.Order))
            .AsSplitQuery()
            .FirstOrDefaultAsync(e => e.Id == id, ct);
        if (exercise is null)
        {
            return false;
        }
        Exercise = exercise;
        TakesQuestions = IntakeWindow.IsOpen(exercise.Status, exercise.Date, exercise.QuestionsCloseAt, clock.GetUtcNow());
        SurveyOpen = Survey.Responses.PublicForm.SurveyWindow.Of(exercise).StateAt(clock.GetUtcNow().UtcDateTime) == Survey.Responses.PublicForm.SurveyState.Open
            && await db.SurveyQuestions.AnyAsync(q => q.ExerciseId == id, ct);
        SurveyQr = SurveyOpen ? QrCodes.PngDataUri(SurveyUrl) : null;
        ActaPublished = exercise.Status == Exercises.ActaState.Publicada
            || await db.ActaVersions.AnyAsync(v => v.ExerciseId == id && v.PublishedAt != null, ct);
        Answered = await PublicQuestions.ListAsync(db, id, ct);
        return true;
    }
}

/// <summary>The portal's question form, posted without JavaScript.</summary>
public sealed class QuestionForm
{
    public string? Text { get; set; }
    public QuestionType Type { get; set; } = QuestionType.Pregunta;
    public string? Theme { get; set; }
    public bool Anonymous { get; set; }
    public string? CitizenName { get; set; }
    public string? Email { get; set; }
    public bool Consent { get; set; }
    public bool PublishName { get; set; }
    public string? Website { get; set; }

    public QuestionSubmission ToSubmission() => new()
    {
        Text = Text, Type = Type, Theme = string.IsNullOrWhiteSpace(Theme) ? null : Theme, Anonymous = Anonymous,
        CitizenName = CitizenName, Email = Email, Consent = Consent, PublishName = PublishName, Website = Website,
    };
}
