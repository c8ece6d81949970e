using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.BackOffice;
using Rinde.Features.Exercises;
using Rinde.Features.Questions;
using Rinde.Features.Survey.Responses.PublicForm;
using Rinde.Infrastructure;

namespace Rinde.Features.Acta.Workflow;

/// <summary>Something the acta still lacks; Blocks = approval is refused until it is done. Path is under /staff/ejercicios/{id}.</summary>
public sealed record ReadinessItem(string Text, bool Blocks, string Path);

public sealed record Readiness(IReadOnlyList<ReadinessItem> Items)
{
    public bool Blocks => Items.Any(i => i.Blocks);

    /// <summary>The refusal as one sentence, for the API's detail and the page's message.</summary>
    public string Refusal => "El acta todavía no se puede aprobar: " + string.Join(" ", Items.Where(i => i.Blocks).Select(i => i.Text));
}

/// <summary>
/// What "ready to approve" means, in one place (the state page and the API both ask it, the
/// workflow refuses approval with it). An acta is the record of a dialogue that took place:
/// it cannot be approved before the dialogue's day, nor without the real start and end times,
/// the team's self-assessment and someone to sign it. Pending questions without a deadline and
/// a survey still open are warnings: they do not make the record false, but staff should know.
/// </summary>
public static class ActaReadiness
{
    public static async Task<Readiness?> CheckAsync(RindeDbContext db, int exerciseId, TimeProvider clock, CancellationToken ct)
    {
        var e = await db.Exercises.AsNoTracking().Where(x => x.Id == exerciseId).Select(x => new
        {
            x.Date, x.ActualStart, x.ActualEnd, x.Status, x.SurveyOpensAt, x.SurveyClosesAt, x.Narratives.SelfAssessment,
            Dofa = x.DofaItems.Any(), Signatories = x.Signatories.Any(), Survey = x.SurveyQuestions.Any(),
        }).FirstOrDefaultAsync(ct);
        if (e is null)
        {
            return null;
        }
        var undated = await db.CitizenQuestions.Where(q => q.ExerciseId == exerciseId).Counted()
            .CountAsync(q => (q.Answer == null || q.Answer == "") && q.Deadline == null, ct);
        var items = new List<ReadinessItem>();
        if (e.Date > ColombiaTime.Today(clock))
        {
            items.Add(new($"El diálogo aún no se ha realizado: es el {EsCo.ShortDate(e.Date)}.", true, ""));
        }
        if (e.ActualStart is null || e.ActualEnd is null)
        {
            items.Add(new("Faltan la hora real de inicio y la de finalización del diálogo.", true, ""));
        }
        if (!e.Dofa && string.IsNullOrWhiteSpace(e.SelfAssessment))
        {
            items.Add(new("Falta la autoevaluación del equipo (narrativa o matriz DOFA).", true, "/autoevaluacion"));
        }
        if (!e.Signatories)
        {
            items.Add(new("Falta quién firma el acta.", true, "/acta"));
        }
        if (undated > 0)
        {
            items.Add(new(undated == 1 ? "Una pregunta pendiente no tiene fecha límite de respuesta."
                : $"{EsCo.Count(undated)} preguntas pendientes no tienen fecha límite de respuesta.", false, "/preguntas"));
        }
        var survey = SurveyWindow.Of(e.Date, e.SurveyOpensAt, e.SurveyClosesAt);
        if (e.Survey && !e.Status.IsFrozen() && survey.StateAt(clock.GetUtcNow().UtcDateTime) != SurveyState.Closed)
        {
            items.Add(new($"La encuesta sigue abierta hasta el {survey.LastMinute}: al aprobar el acta deja de recibir respuestas.", false, "/encuesta/formulario"));
        }
        return new Readiness(items);
    }
}
