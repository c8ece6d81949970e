using System.ComponentModel.DataAnnotations;
using Rinde.Data;
using Rinde.Features.BackOffice;
using Rinde.Features.Exercises;

namespace Rinde.Features.Acta;

/// <summary>The acta's closing: responsibility, observations, Elaboró/Revisó, signatories and downloads.</summary>
public class ActaPartModel(RindeDbContext db) : ListPageModel<Signatory, ActaPartModel.Form>(db)
{
    public sealed class Form
    {
        [Display(Name = "Nombre"), Required(ErrorMessage = "Escriba el nombre de quien firma."), StringLength(200, ErrorMessage = "El nombre admite hasta 200 caracteres.")]
        public string Name { get; set; } = "";

        [Display(Name = "Cargo"), StringLength(300, ErrorMessage = "El cargo admite hasta 300 caracteres.")]
        public string Position { get; set; } = "";

        [Display(Name = "Dependencia"), StringLength(300, ErrorMessage = "La dependencia admite hasta 300 caracteres.")]
        public string Dependency { get; set; } = "";
    }

    public override string PartTitle => "Acta: textos finales y firmas";
    public override string Tab => "acta";
    public override Noun Noun => new("firmante", "firmantes");

    public override IReadOnlyList<ExerciseText> Texts =>
    [
        ExerciseTexts.Responsibility, ExerciseTexts.GeneralObservations, ExerciseTexts.AnnexNote,
        ExerciseTexts.PreparedBy, ExerciseTexts.ReviewedBy,
    ];

    protected override IReadOnlyList<Column<Signatory>> Columns =>
        [new("Nombre", s => s.Name), new("Cargo", s => s.Position), new("Dependencia", s => s.Dependency)];

    protected override Signatory Create(Form input) => new() { Name = input.Name };
    protected override Form ToInput(Signatory item) => new() { Name = item.Name, Position = item.Position, Dependency = item.Dependency };

    protected override void Apply(Form input, Signatory item) =>
        (item.Name, item.Position, item.Dependency) = (input.Name, input.Position, input.Dependency);
}
