using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.BackOffice;
using Rinde.Features.Exercises;

namespace Rinde.Features.Convocation;

/// <summary>Item 2: the announcements of the exercise, one per channel, with their evidence.</summary>
public class ActionsModel(RindeDbContext db) : ListPageModel<ConvocationAction, ActionsModel.Form>(db)
{
    public sealed class Form
    {
        [Display(Name = "Fecha")]
        public DateOnly? Date { get; set; }

        [Display(Name = "Canal", Description = "P. ej. «Facebook», «correo electrónico», «página web»."), Required(ErrorMessage = "Escriba el canal.")]
        [StringLength(200, ErrorMessage = "El canal admite hasta 200 caracteres.")]
        public string Channel { get; set; } = "";

        [Display(Name = "Público o grupo de valor"), StringLength(300, ErrorMessage = "El público admite hasta 300 caracteres.")]
        public string Audience { get; set; } = "";

        [Display(Name = "Descripción"), DataType(DataType.MultilineText)]
        public string Description { get; set; } = "";

        [Display(Name = "Enlaces", Description = "Un enlace por línea, completo (https://…)."), DataType(DataType.MultilineText)]
        public string Links { get; set; } = "";

        [Display(Name = "Fuente", Description = "Se imprime bajo las evidencias como «Fuente: …».")]
        public string Source { get; set; } = "";
    }

    public override string PartTitle => "Convocatoria";
    public override string Tab => "convocatoria";
    public override Noun Noun => new("acción de convocatoria", "acciones de convocatoria", Feminine: true);
    public override IReadOnlyList<ExerciseText> Texts => [ExerciseTexts.ConvocationIntro];

    protected override IReadOnlyList<Column<ConvocationAction>> Columns =>
    [
        new("Canal", c => c.Channel), new("Fecha", c => Cells.Date(c.Date)), new("Público", c => c.Audience),
        new("Evidencias", c => Cells.Link($"{PagePath}/{c.Id}/evidencias", $"Evidencias ({c.Evidence.Count})")),
    ];

    protected override IQueryable<ConvocationAction> Include(IQueryable<ConvocationAction> items) => items.Include(c => c.Evidence);

    protected override ConvocationAction Create(Form input) => new() { Channel = input.Channel };

    protected override Form ToInput(ConvocationAction item) => new()
    {
        Date = item.Date, Channel = item.Channel, Audience = item.Audience, Description = item.Description, Links = item.Links, Source = item.Source,
    };

    protected override void Apply(Form input, ConvocationAction item) =>
        (item.Date, item.Channel, item.Audience, item.Description, item.Links, item.Source) =
        (input.Date, input.Channel, input.Audience, input.Description, input.Links, input.Source);

    protected override Task ValidateAsync(Form input, ConvocationAction? existing)
    {
        var wrong = input.Links.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(l => !Infrastructure.SafeLinks.IsSafe(l));
        if (wrong is not null)
        {
            ModelState.AddModelError("Input.Links", $"«{wrong}» no es un enlace completo (debe empezar por https://).");
        }
        return Task.CompletedTask;
    }
}
