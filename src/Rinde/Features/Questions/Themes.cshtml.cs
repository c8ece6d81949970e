using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.BackOffice;

namespace Rinde.Features.Questions;

/// <summary>The themes questions are classified under for the analysis of item 7.</summary>
public class ThemesModel(RindeDbContext db) : ListPageModel<QuestionTheme, ThemesModel.Form>(db)
{
    public sealed class Form
    {
        [Display(Name = "Nombre del tema", Description = "P. ej. «Gestión de la Secretaría», «Transparencia»."), Required(ErrorMessage = "Escriba el nombre del tema.")]
        [StringLength(200, ErrorMessage = "El nombre admite hasta 200 caracteres.")]
        public string Name { get; set; } = "";
    }

    public override string PartTitle => "Temas de las preguntas";
    public override string Tab => "preguntas-temas";
    public override Noun Noun => new("tema", "temas");

    protected override IReadOnlyList<Column<QuestionTheme>> Columns => [new("Tema", t => t.Name)];
    protected override QuestionTheme Create(Form input) => new() { Name = ThemeNames.Tidy(input.Name) };
    protected override Form ToInput(QuestionTheme item) => new() { Name = item.Name };
    protected override void Apply(Form input, QuestionTheme item) => item.Name = ThemeNames.Tidy(input.Name);

    protected override async Task ValidateAsync(Form input, QuestionTheme? existing)
    {
        var key = ThemeNames.Key(input.Name ?? "");
        var names = await Db.QuestionThemes.Where(t => t.ExerciseId == ExerciseId && (existing == null || t.Id != existing.Id))
            .Select(t => t.Name).ToListAsync();
        if (names.FirstOrDefault(n => ThemeNames.Key(n) == key) is { } same)
        {
            ModelState.AddModelError("Input.Name", $"Ya existe el tema «{same}».");
        }
    }
}
