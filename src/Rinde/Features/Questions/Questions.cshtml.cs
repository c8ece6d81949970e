using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.BackOffice;
using Rinde.Features.Exercises;
using Rinde.Infrastructure;

namespace Rinde.Features.Questions;

/// <summary>Item 6: the questions, proposals and PQRSD received, numbered, with their answers.</summary>
public class QuestionsModel(RindeDbContext db) : ListPageModel<CitizenQuestion, QuestionForm>(db)
{
    public override string PartTitle => "Preguntas recibidas";
    public override string Tab => "preguntas";
    public override Noun Noun => new("pregunta", "preguntas", Feminine: true);
    public override IReadOnlyList<ExerciseText> Texts => [ExerciseTexts.QuestionsIntro, ExerciseTexts.QuestionsAnalysis];
    protected override string? OrderProperty => nameof(CitizenQuestion.Number);

    protected override IReadOnlyList<Column<CitizenQuestion>> Columns =>
    [
        new("N.º", q => q.Number),
        new("Pregunta", q => q.Text.Length > 160 ? q.Text[..160] + "…" : q.Text),
        new("Quién pregunta", q => q.Anonymous ? "Anónima" : q.CitizenName),
        new("Tema", q => q.Theme?.Name),
        new("Respuesta", q => q.AnsweredLive ? "En vivo" : q.Answer is null ? "Pendiente" : "Por escrito"),
    ];

    protected override string RowName(CitizenQuestion item) => $"N.º {item.Number}";
    protected override IQueryable<CitizenQuestion> Include(IQueryable<CitizenQuestion> items) => items.Include(q => q.Theme);

    protected override async Task LoadOptionsAsync() =>
        Options["ThemeId"] = await Db.QuestionThemes.Where(t => t.ExerciseId == ExerciseId).OrderBy(t => t.Order)
            .Select(t => new SelectListItem(t.Name, t.Id.ToString())).ToListAsync();

    protected override CitizenQuestion Create(QuestionForm input) => new() { Text = input.Text };
    protected override QuestionForm ToInput(CitizenQuestion item) => QuestionForm.From(item);
    protected override void Apply(QuestionForm input, CitizenQuestion item) => input.ApplyTo(item);

    protected override QuestionForm Blank() => new() { ReceivedAt = ColombiaTime.FromUtc(Now) };

    protected override Task ValidateAsync(QuestionForm input, CitizenQuestion? existing)
    {
        foreach (var (field, message) in input.CrossChecks())
        {
            ModelState.AddModelError($"Input.{field}", message);
        }
        return Task.CompletedTask;
    }
}
