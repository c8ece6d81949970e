using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.BackOffice;

namespace Rinde.Features.Survey;

/// <summary>Item 8: the questions of the evaluation survey.</summary>
public class SurveyQuestionsModel(RindeDbContext db) : ListPageModel<SurveyQuestion, SurveyQuestionsModel.Form>(db)
{
    public sealed class Form
    {
        [Display(Name = "Sección", Description = "Título del bloque al que pertenece, p. ej. «INFORMACIÓN GENERAL». Opcional.")]
        public string Section { get; set; } = "";

        [Display(Name = "Pregunta"), Required(ErrorMessage = "Escriba la pregunta."), StringLength(1000, ErrorMessage = "La pregunta admite hasta 1.000 caracteres.")]
        public string Text { get; set; } = "";

        [Display(Name = "Tipo de respuesta", Description = "Las de selección, escala y comuna necesitan opciones: agréguelas después con el enlace «Opciones».")]
        public SurveyQuestionType Type { get; set; }

        [Display(Name = "Comentario del análisis", Description = "Se imprime después de la frase calculada. " + ExerciseTexts.MarkdownHint)]
        [DataType(DataType.MultilineText)]
        public string Commentary { get; set; } = "";
    }

    public override string PartTitle => "Preguntas de la encuesta";
    public override string Tab => "encuesta";
    public override Noun Noun => new("pregunta de la encuesta", "preguntas de la encuesta", Feminine: true);
    public override IReadOnlyList<ExerciseText> Texts => [ExerciseTexts.SurveyIntro, ExerciseTexts.SurveyConclusion];

    protected override IReadOnlyList<Column<SurveyQuestion>> Columns =>
    [
        new("Pregunta", q => q.Text), new("Sección", q => q.Section), new("Tipo", q => EnumLabels.Of(q.Type)),
        new("Opciones", q => SurveyTypes.HasOptions(q.Type) ? Cells.Link($"{PagePath}/{q.Id}/opciones", $"Opciones ({q.Options.Count})") : "—"),
    ];

    protected override IQueryable<SurveyQuestion> Include(IQueryable<SurveyQuestion> items) => items.Include(q => q.Options);
    protected override SurveyQuestion Create(Form input) => new() { Text = input.Text };
    protected override Form ToInput(SurveyQuestion item) => new() { Section = item.Section, Text = item.Text, Type = item.Type, Commentary = item.Commentary };

    protected override void Apply(Form input, SurveyQuestion item) =>
        (item.Section, item.Text, item.Type, item.Commentary) = (input.Section, input.Text, input.Type, input.Commentary);

    protected override async Task<string?> RefuseDeleteAsync(SurveyQuestion item)
    {
        var answers = await Db.SurveyAnswers.CountAsync(a => a.SurveyQuestionId == item.Id);
        return answers == 0 ? null
            : $"No se puede eliminar la pregunta: tiene {answers} respuestas. Elimine primero esas respuestas de la encuesta.";
    }
}

public static class SurveyTypes
{
    public static bool HasOptions(SurveyQuestionType type) => type is not (SurveyQuestionType.TextoCorto or SurveyQuestionType.TextoLargo);
}
