using System.ComponentModel.DataAnnotations;
using Rinde.Data;
using Rinde.Features.BackOffice;
using Rinde.Features.Survey.Responses;

namespace Rinde.Features.Survey.Questionnaire;

/// <summary>The options of a survey question (Excelente, Bueno...; Sí, No; the comunas...).</summary>
public class OptionsModel(RindeDbContext db) : ChildListPageModel<SurveyQuestion, SurveyOption, OptionsModel.Form>(db)
{
    public sealed class Form
    {
        [Display(Name = "Opción"), Required(ErrorMessage = "Escriba el texto de la opción."), StringLength(300, ErrorMessage = "La opción admite hasta 300 caracteres.")]
        public string Label { get; set; } = "";
    }

    public override string PartTitle => $"Opciones de «{Parent.Text}»";
    public override string Tab => "encuesta";
    public override (string Href, string Label)? Back => ($"/staff/ejercicios/{ExerciseId}/encuesta", "Encuesta");
    public override Noun Noun => new("opción", "opciones", Feminine: true);

    protected override IReadOnlyList<Column<SurveyOption>> Columns => [new("Opción", o => o.Label)];
    protected override SurveyOption Create(Form input) => new() { Label = input.Label };
    protected override Form ToInput(SurveyOption item) => new() { Label = item.Label };
    protected override void Apply(Form input, SurveyOption item) => item.Label = input.Label;

    protected override async Task<string?> RefuseDeleteAsync(SurveyOption item)
    {
        var answers = await AnswerUse.OfOptionAsync(Db, item.Id);
        return answers == 0 ? null
            : $"No se puede eliminar la opción «{item.Label}»: la eligieron {Infrastructure.EsCo.Count(answers)} personas. Puede cambiarle el texto.";
    }
}
