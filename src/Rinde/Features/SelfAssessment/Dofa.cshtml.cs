using System.ComponentModel.DataAnnotations;
using Rinde.Data;
using Rinde.Features.BackOffice;
using Rinde.Features.Exercises;

namespace Rinde.Features.SelfAssessment;

/// <summary>Item 9: the team's self-assessment and the DOFA matrix.</summary>
public class DofaModel(RindeDbContext db) : ListPageModel<DofaItem, DofaModel.Form>(db)
{
    public sealed class Form
    {
        [Display(Name = "Cuadrante")]
        public DofaKind Kind { get; set; }

        [Display(Name = "Texto"), DataType(DataType.MultilineText), Required(ErrorMessage = "Escriba el texto del elemento.")]
        public string Text { get; set; } = "";
    }

    public override string PartTitle => "Autoevaluación y matriz DOFA";
    public override string Tab => "autoevaluacion";
    public override Noun Noun => new("elemento de la matriz DOFA", "elementos de la matriz DOFA");
    public override IReadOnlyList<ExerciseText> Texts => [ExerciseTexts.SelfAssessment, ExerciseTexts.DofaConclusion, ExerciseTexts.Lessons];

    protected override IReadOnlyList<Column<DofaItem>> Columns => [new("Texto", d => d.Text), new("Cuadrante", d => EnumLabels.Of(d.Kind))];
    protected override DofaItem Create(Form input) => new() { Text = input.Text };
    protected override Form ToInput(DofaItem item) => new() { Kind = item.Kind, Text = item.Text };
    protected override void Apply(Form input, DofaItem item) => (item.Kind, item.Text) = (input.Kind, input.Text);
}
