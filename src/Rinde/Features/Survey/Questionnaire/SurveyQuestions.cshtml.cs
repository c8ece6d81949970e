using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rinde.Data;
using Rinde.Features.BackOffice;
using Rinde.Features.Exercises;
using Rinde.Features.Survey.Questionnaire.Template;
using Rinde.Features.Survey.Responses;
using Rinde.Features.Survey.Territories;

namespace Rinde.Features.Survey.Questionnaire;

/// <summary>Item 8: the questions of the evaluation survey.</summary>
public class SurveyQuestionsModel(RindeDbContext db, IOptions<MunicipalityOptions> settings) : ListPageModel<SurveyQuestion, SurveyQuestionsModel.Form>(db)
{
    public sealed class Form
    {
        [Display(Name = "Sección", Description = "Título del bloque al que pertenece, p. ej. «INFORMACIÓN GENERAL». Opcional.")]
        public string Section { get; set; } = "";

        [Display(Name = "Pregunta"), Required(ErrorMessage = "Escriba la pregunta."), StringLength(1000, ErrorMessage = "La pregunta admite hasta 1.000 caracteres.")]
        public string Text { get; set; } = "";

        [Display(Name = "Tipo de respuesta", Description = "Las de selección necesitan opciones: agréguelas después con el enlace «Opciones». "
            + "Una escala empieza con las opciones 1 a 5, y una de comuna con las comunas y corregimientos del municipio; puede cambiarlas.")]
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
        new("Opciones", q => q.Type.HasOptions() ? Cells.Link($"{PagePath}/{q.Id}/opciones", $"Opciones ({q.Options.Count})") : "—"),
    ];

    protected override IQueryable<SurveyQuestion> Include(IQueryable<SurveyQuestion> items) => items.Include(q => q.Options);
    protected override SurveyQuestion Create(Form input) => new() { Text = input.Text };
    protected override Form ToInput(SurveyQuestion item) => new() { Section = item.Section, Text = item.Text, Type = item.Type, Commentary = item.Commentary };

    protected override void Apply(Form input, SurveyQuestion item) =>
        (item.Section, item.Text, item.Type, item.Commentary) = (input.Section, input.Text, input.Type, input.Commentary);

    /// <summary>A question with answers may not change between options and free text: its answers would no longer fit.</summary>
    protected override async Task ValidateAsync(Form input, SurveyQuestion? existing)
    {
        if (existing is not null && existing.Type.HasOptions() != input.Type.HasOptions()
            && await AnswerUse.OfQuestionAsync(Db, existing.Id) > 0)
        {
            ModelState.AddModelError("Input.Type", "La pregunta ya tiene respuestas: no puede pasar de opciones a texto libre ni al revés. Cree otra pregunta.");
        }
    }

    protected override async Task<string?> RefuseDeleteAsync(SurveyQuestion item)
    {
        var answers = await AnswerUse.OfQuestionAsync(Db, item.Id);
        return answers == 0 ? null
            : $"No se puede eliminar la pregunta: tiene {Infrastructure.EsCo.Count(answers)} respuestas. Elimine primero esas respuestas (o la importación que las trajo) en «Respuestas».";
    }

    /// <summary>A scale or comuna question starts with its usual options; the comunas are a copy, so later edits of the list leave it alone.</summary>
    protected override async Task<bool> PrepareAsync(Form input, SurveyQuestion item, bool isNew)
    {
        if (item.Options.Count > 0 || input.Type is not (SurveyQuestionType.Escala or SurveyQuestionType.Comuna))
        {
            return true;
        }
        var labels = input.Type == SurveyQuestionType.Escala
            ? Enumerable.Range(1, 5).Select(n => n.ToString(Infrastructure.EsCo.Culture)).ToList()
            : (await Municipalities.TerritoriesAsync(Db, settings.Value.Configured)).Select(Municipalities.Label).ToList();
        item.Options.AddRange(labels.Select((label, i) => new SurveyOption { Label = label, Order = i + 1 }));
        return true;
    }

    /// <summary>Fills an empty survey with the standard questionnaire and the municipality's comunas.</summary>
    public async Task<IActionResult> OnPostTemplateAsync()
    {
        if (await Db.SurveyQuestions.AnyAsync(q => q.ExerciseId == ExerciseId))
        {
            TempData["Error"] = "La encuesta ya tiene preguntas: la plantilla solo se usa en una encuesta vacía.";
            return Redirect(PagePath);
        }
        var municipality = settings.Value.Configured;
        var territories = await Municipalities.TerritoriesAsync(Db, municipality);
        var questions = SurveyTemplate.Create(ExerciseId, territories);
        Db.SurveyQuestions.AddRange(questions);
        await Db.SaveChangesAsync();
        await TouchAsync();
        var places = territories.Count == 0
            ? $" {municipality} no tiene comunas ni corregimientos configurados: agregue las opciones de esa pregunta a mano."
            : $" La pregunta de comuna tiene las {territories.Count} comunas y corregimientos de {municipality}.";
        return Done($"Se crearon las {questions.Count} preguntas de la plantilla.{places}");
    }
}
