using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.BackOffice;
using Rinde.Infrastructure;

namespace Rinde.Features.Exercises;

/// <summary>Item 4: the event's audience figures, each with its source.</summary>
public class AudienceModel(RindeDbContext db) : ListPageModel<AudienceFigure, AudienceModel.Form>(db)
{
    public sealed class Form
    {
        [Display(Name = "Cifra")]
        public AudienceMetric Metric { get; set; }

        [Display(Name = "Valor"), Required(ErrorMessage = "Escriba el valor de la cifra.")]
        [Range(0, long.MaxValue, ErrorMessage = "El valor no puede ser negativo.")]
        public long? Value { get; set; }

        [Display(Name = "Fuente", Description = "De dónde sale la cifra, p. ej. «Estadísticas de Facebook Live, 18/nov/2021»."), Required(ErrorMessage = "Escriba la fuente de la cifra.")]
        public string Source { get; set; } = "";
    }

    public override string PartTitle => "Evento y audiencia";
    public override string Tab => "audiencia";
    public override Noun Noun => new("cifra de audiencia", "cifras de audiencia", Feminine: true);
    public override IReadOnlyList<ExerciseText> Texts => [ExerciseTexts.EventSource];
    protected override string? OrderProperty => null;

    protected override IReadOnlyList<Column<AudienceFigure>> Columns =>
        [new("Cifra", a => EnumLabels.Of(a.Metric)), new("Valor", a => EsCo.Count(a.Value)), new("Fuente", a => a.Source)];

    protected override AudienceFigure Create(Form input) => new();
    protected override Form ToInput(AudienceFigure item) => new() { Metric = item.Metric, Value = item.Value, Source = item.Source };
    protected override void Apply(Form input, AudienceFigure item) => (item.Metric, item.Value, item.Source) = (input.Metric, input.Value!.Value, input.Source);

    protected override async Task ValidateAsync(Form input, AudienceFigure? existing)
    {
        if (await Scoped().AnyAsync(a => a.Metric == input.Metric && a.Id != (existing == null ? 0 : existing.Id)))
        {
            ModelState.AddModelError("Input.Metric", $"Ya hay una cifra de «{EnumLabels.Of(input.Metric)}»: edítela en la lista.");
        }
    }
}
