using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.BackOffice;
using Rinde.Features.Survey.Questionnaire;
using Rinde.Features.Survey.Responses.Blocks;
using Rinde.Infrastructure;

namespace Rinde.Features.Survey.Responses;

/// <summary>
/// The survey's individual responses with each one's answers, a form to type in one response
/// by hand (e.g. from a paper form), and the imported files, one line per import however many
/// responses it brought. Field names: "fecha" and "r{questionId}".
/// </summary>
public class ResponsesModel(RindeDbContext db) : StaffPageModel(db), ISurveyAnswerForm
{

    public override string PartTitle => "Respuestas de la encuesta";
    public override string Tab => "encuesta-respuestas";

    [BindProperty(SupportsGet = true, Name = "borrar")]
    public int? DeleteId { get; set; }

    [BindProperty(SupportsGet = true, Name = "borrar-importacion")]
    public Guid? DeleteImportId { get; set; }

    public List<SurveyQuestion> Questions { get; private set; } = [];
    public List<SurveyResponse> Responses { get; private set; } = [];
    public List<SurveyImport> Imports { get; private set; } = [];

    /// <summary>What the form shows: the values typed back after a refused POST.</summary>
    public Dictionary<string, string[]> Posted { get; } = [];

    public string[] Values(string name) => Posted.GetValueOrDefault(name, []);

    public int? SectionLevel => null;

    public string Answer(SurveyAnswer answer) =>
        answer.Text ?? Questions.SelectMany(q => q.Options).FirstOrDefault(o => o.Id == answer.SurveyOptionId)?.Label ?? "";

    public async Task OnGetAsync()
    {
        Posted["fecha"] = [FieldRenderer.Format(DateOnly.FromDateTime(ColombiaTime.FromUtc(Now)))];
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        await LoadAsync();
        foreach (var (key, values) in SurveyResponses.Posted(Request.Form))
        {
            Posted[key] = values;
        }
        var date = DateOnly.TryParseExact(Values("fecha").FirstOrDefault(), "yyyy-MM-dd", out var d) ? d : (DateOnly?)null;
        if (date is null)
        {
            ModelState.AddModelError("fecha", "Escriba la fecha en que se diligenció la encuesta.");
        }
        var answers = SurveyResponses.Read(Questions, Posted, ModelState);
        if (ModelState.IsValid && answers.Count == 0)
        {
            ModelState.AddModelError("", "La respuesta está vacía: responda al menos una pregunta.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var response = new SurveyResponse
        {
            ExerciseId = ExerciseId,
            Origin = ResponseOrigin.Papel,
            // Noon in Colombia: a paper form has a day, not an hour.
            SubmittedAt = ColombiaTime.ToUtc(date!.Value.ToDateTime(new TimeOnly(12, 0))),
            Answers = answers,
        };
        Db.SurveyResponses.Add(response);
        await Db.SaveChangesAsync();
        await TouchAsync();
        return Done($"Se agregó la respuesta N.º {Responses.Count + 1}.", $"{PagePath}#respuesta-{response.Id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int responseId)
    {
        var response = await Db.SurveyResponses.FirstOrDefaultAsync(r => r.Id == responseId && r.ExerciseId == ExerciseId);
        if (response is null)
        {
            return NotFound();
        }
        Db.SurveyResponses.Remove(response);
        await Db.SaveChangesAsync();
        await TouchAsync();
        return Done("Se eliminó la respuesta.");
    }

    /// <summary>Soft-deletes the import's blocks: its responses leave the results, the acta and the downloads.</summary>
    public async Task<IActionResult> OnPostDeleteImportAsync(Guid importId, CancellationToken ct)
    {
        await using var transaction = await Db.Database.BeginTransactionAsync(ct);
        var removed = await SurveyImports.RemoveAsync(Db, ExerciseId, importId, User.Identity?.Name ?? "sistema", Now, ct);
        if (removed.Count == 0)
        {
            return NotFound();
        }
        await Db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await TouchAsync();
        return Done($"Se eliminó la importación de {removed[0].OriginLabel} ({Infrastructure.EsCo.Count(removed[0].Count)} respuestas).", $"{PagePath}#importadas-titulo");
    }

    private async Task LoadAsync()
    {
        Imports = await SurveyImports.OfExerciseAsync(Db, ExerciseId, null, HttpContext.RequestAborted);
        Questions = await Db.SurveyQuestions.Where(q => q.ExerciseId == ExerciseId).OrderBy(q => q.Order)
            .Include(q => q.Options.OrderBy(o => o.Order)).AsNoTracking().ToListAsync();
        Responses = await Db.SurveyResponses.Where(r => r.ExerciseId == ExerciseId).OrderBy(r => r.Id)
            .Include(r => r.Answers.OrderBy(a => a.Id)).AsNoTracking().ToListAsync();
    }
}
