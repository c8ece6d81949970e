using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.BackOffice;
using Rinde.Features.Dependencies;
using Rinde.Features.Exercises;

namespace Rinde.Features.Reporting;

/// <summary>Item 5: the information reported, section by section.</summary>
public class SectionsModel(RindeDbContext db) : ListPageModel<ReportSection, SectionsModel.Form>(db)
{
    public sealed class Form
    {
        [Display(Name = "Título"), Required(ErrorMessage = "Escriba el título de la sección."), StringLength(500, ErrorMessage = "El título admite hasta 500 caracteres.")]
        public string Title { get; set; } = "";

        [Display(Name = "Oficina que reporta", Description = "Opcional.")]
        public int? DependencyId { get; set; }

        [Display(Name = "Narrativa", Description = ExerciseTexts.MarkdownHint), DataType(DataType.MultilineText)]
        public string Narrative { get; set; } = "";
    }

    public override string PartTitle => "Información reportada";
    public override string Tab => "informe";
    public override Noun Noun => new("sección", "secciones", Feminine: true);
    public override IReadOnlyList<ExerciseText> Texts => [ExerciseTexts.ReportIntro];

    protected override IReadOnlyList<Column<ReportSection>> Columns =>
    [
        new("Título", s => s.Title),
        new("Oficina", s => OptionsFor("DependencyId")?.FirstOrDefault(o => o.Value == s.DependencyId?.ToString(Invariant))?.Text),
        new("Cifras", s => Cells.Link($"{PagePath}/{s.Id}/cifras", $"Cifras ({s.Figures.Count})")),
        new("Imágenes", s => Cells.Link($"{PagePath}/{s.Id}/imagenes", $"Imágenes ({s.Images.Count})")),
    ];

    private static readonly IFormatProvider Invariant = System.Globalization.CultureInfo.InvariantCulture;

    protected override IQueryable<ReportSection> Include(IQueryable<ReportSection> items) => items.Include(s => s.Figures).Include(s => s.Images);
    protected override async Task LoadOptionsAsync() => Options["DependencyId"] = await DependencyTree.OptionsAsync(Db, Exercise!.DependencyId);

    protected override ReportSection Create(Form input) => new() { Title = input.Title };
    protected override Form ToInput(ReportSection item) => new() { Title = item.Title, DependencyId = item.DependencyId, Narrative = item.Narrative };
    protected override void Apply(Form input, ReportSection item) => (item.Title, item.DependencyId, item.Narrative) = (input.Title, input.DependencyId, input.Narrative);
}
