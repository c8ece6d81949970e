using System.ComponentModel.DataAnnotations;
using Rinde.Data;
using Rinde.Features.BackOffice;
using Rinde.Infrastructure;

namespace Rinde.Features.Reporting;

/// <summary>The key figures of a reported section (amounts, percentages, counts) with their sources.</summary>
public class FiguresModel(RindeDbContext db) : ChildListPageModel<ReportSection, ReportFigure, FiguresModel.Form>(db)
{
    public sealed class Form
    {
        [Display(Name = "Cifra", Description = "P. ej. «Recursos de cooperación gestionados»."), Required(ErrorMessage = "Escriba qué mide la cifra.")]
        public string Label { get; set; } = "";

        [Display(Name = "Valor", Description = "Con coma decimal: 81,5. Sin signos de pesos ni de porcentaje.")]
        [Required(ErrorMessage = "Escriba el valor.")]
        public decimal? Value { get; set; }

        [Display(Name = "Unidad")]
        public FigureUnit Unit { get; set; }

        [Display(Name = "Fuente"), Required(ErrorMessage = "Escriba la fuente de la cifra.")]
        public string Source { get; set; } = "";
    }

    public override string PartTitle => $"Cifras de «{Parent.Title}»";
    public override string Tab => "informe";
    public override (string Href, string Label)? Back => ($"/staff/ejercicios/{ExerciseId}/informe", "Información reportada");
    public override Noun Noun => new("cifra", "cifras", Feminine: true);

    protected override IReadOnlyList<Column<ReportFigure>> Columns =>
        [new("Cifra", f => f.Label), new("Valor", f => Show(f.Value, f.Unit)), new("Fuente", f => f.Source)];

    public static string Show(decimal value, FigureUnit unit) => unit switch
    {
        FigureUnit.Pesos => EsCo.Money(value),
        FigureUnit.Porcentaje => EsCo.Percent(value),
        FigureUnit.Dias => EsCo.Number(value) + " días",
        _ => EsCo.Number(value),
    };

    protected override ReportFigure Create(Form input) => new() { Label = input.Label };
    protected override Form ToInput(ReportFigure item) => new() { Label = item.Label, Value = item.Value, Unit = item.Unit, Source = item.Source };
    protected override void Apply(Form input, ReportFigure item) =>
        (item.Label, item.Value, item.Unit, item.Source) = (input.Label, input.Value!.Value, input.Unit, input.Source);
}
