using System.ComponentModel.DataAnnotations;
using Rinde.Data;
using Rinde.Features.BackOffice;

namespace Rinde.Features.Exercises;

/// <summary>Attendees, absent and invited people of the acta's header.</summary>
public class ParticipantsModel(RindeDbContext db) : ListPageModel<Participant, ParticipantsModel.Form>(db)
{
    public sealed class Form
    {
        [Display(Name = "Tipo")]
        public ParticipantKind Kind { get; set; }

        [Display(Name = "Nombre"), Required(ErrorMessage = "Escriba el nombre."), StringLength(200, ErrorMessage = "El nombre admite hasta 200 caracteres.")]
        public string Name { get; set; } = "";

        [Display(Name = "Cargo"), StringLength(300, ErrorMessage = "El cargo admite hasta 300 caracteres.")]
        public string Position { get; set; } = "";
    }

    public override string PartTitle => "Participantes";
    public override string Tab => "participantes";
    public override Noun Noun => new("participante", "participantes");

    protected override IReadOnlyList<Column<Participant>> Columns =>
        [new("Nombre", p => p.Name), new("Cargo", p => p.Position), new("Tipo", p => EnumLabels.Of(p.Kind))];

    protected override Participant Create(Form input) => new() { Name = input.Name };
    protected override Form ToInput(Participant item) => new() { Kind = item.Kind, Name = item.Name, Position = item.Position };
    protected override void Apply(Form input, Participant item) => (item.Kind, item.Name, item.Position) = (input.Kind, input.Name, input.Position);
}
