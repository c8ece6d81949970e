using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Exercises;
using Rinde.Features.Survey.Questionnaire;

namespace Rinde.Features.Survey.Responses.PublicForm;

/// <summary>
/// The evaluation survey on the portal, for anyone, without JavaScript. It asks for no
/// name, e-mail, phone or ID; every question may be left blank.
/// </summary>
[AllowAnonymous]
public class SurveyFormModel(RindeDbContext db, RespondentCheck check, TimeProvider clock) : PageModel, ISurveyAnswerForm
{
    public const string TokenField = "token";

    public Exercise Exercise { get; private set; } = null!;
    public List<SurveyQuestion> Questions { get; private set; } = [];
    public SurveyWindow Window { get; private set; } = null!;
    public SurveyState State { get; private set; }
    public bool Answered { get; private set; }
    public string Token { get; private set; } = "";
    public int? SectionLevel => 2;

    private Dictionary<string, string[]> _posted = [];
    public string[] Values(string name) => _posted.GetValueOrDefault(name, []);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
    private string CookieName => $"rinde-encuesta-{Exercise.Id}";

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (State == SurveyState.Open)
        {
            var kept = Request.Cookies[CookieName];
            Token = RespondentCheck.IsWellFormed(kept) ? kept! : RespondentCheck.NewToken();
            Answered = await check.AnsweredAsync(id, RespondentCheck.Hash(Token));
            HandOut(Token);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (State != SurveyState.Open)
        {
            return Page();
        }
        _posted = SurveyResponses.Posted(Request.Form);
        var token = Values(TokenField).FirstOrDefault() ?? Request.Cookies[CookieName];
        if (!RespondentCheck.IsWellFormed(token))
        {
            Token = RespondentCheck.NewToken();
            HandOut(Token);
            ModelState.AddModelError("", "El formulario no es válido o venció. Revise sus respuestas y envíelo otra vez.");
            return Page();
        }
        Token = token!;
        var tokenHash = RespondentCheck.Hash(Token);
        if (await check.AnsweredAsync(id, tokenHash))
        {
            Answered = true;
            return Page();
        }
        var answers = SurveyResponses.Read(Questions, _posted, ModelState);
        if (ModelState.IsValid && answers.Count == 0)
        {
            ModelState.AddModelError("", "El formulario está vacío: responda al menos una pregunta.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var clientHash = RespondentCheck.ClientHash(HttpContext, id);
        if (await check.RefusalAsync(id, HttpContext, answers, Now) is { } refusal)
        {
            Response.StatusCode = refusal == RespondentCheck.TooMany ? StatusCodes.Status429TooManyRequests : StatusCodes.Status409Conflict;
            ModelState.AddModelError("", refusal);
            return Page();
        }
        db.SurveyResponses.Add(new SurveyResponse
        {
            ExerciseId = id, Origin = ResponseOrigin.Rinde, SubmittedAt = Now,
            RespondentTokenHash = tokenHash, ClientHash = clientHash, Answers = answers,
        });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // The same form sent twice at once: the unique token hash let only one through.
            db.ChangeTracker.Clear();
            if (!await check.AnsweredAsync(id, tokenHash))
            {
                throw;
            }
            Answered = true;
            return Page();
        }
        TempData["Mensaje"] = "Gracias: recibimos su respuesta.";
        return Redirect($"/encuesta/{id}");
    }

    private void HandOut(string token) => Response.Cookies.Append(CookieName, token, new CookieOptions
    {
        HttpOnly = true, Secure = Request.IsHttps, SameSite = SameSiteMode.Lax, IsEssential = true,
        Path = $"/encuesta/{Exercise.Id}", MaxAge = TimeSpan.FromDays(120),
    });

    private async Task<bool> LoadAsync(int id)
    {
        var exercise = await db.Exercises.AsNoTracking().Public().Include(e => e.Dependency).FirstOrDefaultAsync(e => e.Id == id);
        if (exercise is null)
        {
            return false;
        }
        Exercise = exercise;
        Window = SurveyWindow.Of(exercise);
        State = Window.StateAt(Now);
        Questions = await db.SurveyQuestions.Where(q => q.ExerciseId == id).OrderBy(q => q.Order)
            .Include(q => q.Options.OrderBy(o => o.Order)).AsNoTracking().ToListAsync();
        return true;
    }
}
