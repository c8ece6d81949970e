using System.ComponentModel.DataAnnotations;
using Rinde.Data;
using Rinde.Features.BackOffice;

namespace Rinde.Features.SelfAssessment;

/// <summary>The crossed strategies (FO, DO, FA, DA) born from the DOFA matrix.</summary>
public class StrategiesModel(RindeDbContext db) : ListPageModel<DofaStrategy, StrategiesModel.Form>(db)
{
    public sealed class Form
    {
        [Display(Name = "Tipo de estrategia")]
        public StrategyKind Kind { get; set; }

        [Display(Name = "Código", Description = "P. ej. «FO1». Si lo deja vacío, se numera sola dentro de su tipo.")]
        [StringLength(20, ErrorMessage = "El código admite hasta 20 caracteres.")]
        public string Code { get; set; } = "";

        [Display(Name = "Estrategia"), DataType(DataType.MultilineText), Required(ErrorMessage = "Escriba la estrategia.")]
        public string Text { get; set; } = "";
    }

    public override string PartTitle => "Estrategias DOFA";
    public override string Tab => "autoevaluacion-estrategias";
    public override Noun Noun => new("estrategia", "estrategias", Feminine: true);

    protected override IReadOnlyList<Column<DofaStrategy>> Columns =>
        [new("Estrategia", s => s.Text), new("Tipo", s => s.Kind.ToString()), new("Código", s => s.Code)];

    protected override DofaStrategy Create(Form input) => new() { Text = input.Text };
    protected override Form ToInput(DofaStrategy item) => new() { Kind = item.Kind, Code = item.Code, Text = item.Text };
    protected override void Apply(Form input, DofaStrategy item) => (item.Kind, item.Code, item.Text) = (input.Kind, input.Code, input.Text);
}
