using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Features.Questions.Desk;

/// <summary>The question desk: the live queue of an exercise's questions, answered by staff.</summary>
public class DeskPageModel(RindeDbContext db, QuestionAnswering answering) : PageModel
{
    public int ExerciseId { get; private set; }
    public string ExerciseTitle { get; private set; } = "";
    public List<string> Themes { get; private set; } = [];
    public List<DeskQuestionView> Questions { get; private set; } = [];
    public long LastEventId { get; private set; }

    [BindProperty(SupportsGet = true)] public string? Tema { get; set; }
    [BindProperty(SupportsGet = true)] public string? Estado { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAnswerAsync(int id, int questionId, string? answer, bool live, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            TempData["Mensaje"] = "Escriba la respuesta antes de guardarla.";
            return Redirect($"/staff/ejercicios/{id}/mesa#q{questionId}");
        }
        var view = await answering.AnswerAsync(questionId, answer, live, User.Identity?.Name, ct);
        TempData["Mensaje"] = view is null ? "Esa pregunta ya no existe." : $"Pregunta {view.Number} respondida.";
        return Redirect($"/staff/ejercicios/{id}/mesa");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var exercise = await db.Exercises.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new { e.Title, Themes = e.Themes.OrderBy(t => t.Order).Select(t => t.Name).ToList() })
            .FirstOrDefaultAsync(ct);
        if (exercise is null)
        {
            return false;
        }
        ExerciseId = id;
        ExerciseTitle = exercise.Title;
        Themes = exercise.Themes;
        var questions = await db.CitizenQuestions.AsNoTracking().Include(q => q.Theme)
            .Where(q => q.ExerciseId == id).OrderByDescending(q => q.Number).ToListAsync(ct);
        Questions = questions.Select(DeskQuestionView.From)
            .Where(q => string.IsNullOrEmpty(Tema) || q.Theme == Tema)
            .Where(q => string.IsNullOrEmpty(Estado) || q.Status == Estado)
            .ToList();
        LastEventId = await db.QuestionEvents.Where(e => e.ExerciseId == id).MaxAsync(e => (long?)e.Sequence, ct) ?? 0;
        return true;
    }
}
