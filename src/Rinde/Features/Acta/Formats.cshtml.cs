using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.BackOffice;
using Rinde.Infrastructure;

namespace Rinde.Features.Acta;

/// <summary>The quality-system formats of the acta and the archive codes of its number.</summary>
public class FormatsModel(RindeDbContext db) : ListPageModel<ActaFormat, FormatsModel.Form>(db)
{
    public sealed class Form
    {
        [Display(Name = "Entidad", Description = "P. ej. «Alcaldía de Santiago de Cali»."), Required(ErrorMessage = "Escriba el nombre de la entidad.")]
        public string EntityName { get; set; } = "";

        [Display(Name = "Proceso y subproceso", Description = "Una línea por renglón del encabezado."), DataType(DataType.MultilineText)]
        public string ProcessLines { get; set; } = "";

        [Display(Name = "Sistemas de gestión", Description = "Una línea por sistema."), DataType(DataType.MultilineText)]
        public string SystemLines { get; set; } = "";

        [Display(Name = "Nombre del formato"), Required(ErrorMessage = "Escriba el nombre del formato, p. ej. «ACTA DE REUNIÓN».")]
        public string FormName { get; set; } = "ACTA DE REUNIÓN";

        [Display(Name = "Código", Description = "P. ej. MAGT04.03.14.12.P03.F06."), Required(ErrorMessage = "Escriba el código del formato.")]
        public string Code { get; set; } = "";

        [Display(Name = "Versión"), Required(ErrorMessage = "Escriba la versión del formato.")]
        public string Version { get; set; } = "1";

        [Display(Name = "Fecha de entrada en vigencia"), Required(ErrorMessage = "Escriba la fecha de entrada en vigencia.")]
        public DateOnly? EffectiveDate { get; set; }

        [Display(Name = "Serie documental (TRD)", Description = "P. ej. 020.")]
        public string Series { get; set; } = "";

        [Display(Name = "Subserie documental (TRD)", Description = "P. ej. 14.12.")]
        public string Subseries { get; set; } = "";

        [Display(Name = "Patrón del número del acta", Description = "Con {dependencia}, {serie}, {subserie}, {consecutivo} y {año}; debe llevar {consecutivo}.")]
        [Required(ErrorMessage = "Escriba el patrón del número.")]
        public string NumberPattern { get; set; } = "{dependencia}.{serie}.{subserie}.{consecutivo}";
    }

    public override string PartTitle => "Formatos del acta";
    public override string Tab => "formatos";
    public override Noun Noun => new("formato", "formatos");
    protected override string? ScopeProperty => null;
    protected override string? OrderProperty => null;

    protected override IReadOnlyList<Column<ActaFormat>> Columns =>
    [
        new("Código", f => f.Code), new("Formato", f => f.FormName), new("Versión", f => f.Version),
        new("Vigente desde", f => EsCo.ShortDate(f.EffectiveDate)), new("Número", f => f.NumberPattern),
    ];

    protected override ActaFormat Create(Form input) => new() { EntityName = input.EntityName, FormName = input.FormName, Code = input.Code, Version = input.Version };

    protected override Form ToInput(ActaFormat f) => new()
    {
        EntityName = f.EntityName, ProcessLines = f.ProcessLines, SystemLines = f.SystemLines, FormName = f.FormName, Code = f.Code,
        Version = f.Version, EffectiveDate = f.EffectiveDate, Series = f.Series, Subseries = f.Subseries, NumberPattern = f.NumberPattern,
    };

    protected override void Apply(Form input, ActaFormat f)
    {
        (f.EntityName, f.ProcessLines, f.SystemLines, f.FormName, f.Code) = (input.EntityName, input.ProcessLines, input.SystemLines, input.FormName, input.Code);
        (f.Version, f.EffectiveDate, f.Series, f.Subseries, f.NumberPattern) = (input.Version, input.EffectiveDate!.Value, input.Series, input.Subseries, input.NumberPattern);
    }

    protected override Task ValidateAsync(Form input, ActaFormat? existing)
    {
        if (!input.NumberPattern.Contains("{consecutivo}", StringComparison.Ordinal))
        {
            ModelState.AddModelError("Input.NumberPattern", "El patrón debe llevar {consecutivo}: sin él, dos actas tendrían el mismo número.");
        }
        return Task.CompletedTask;
    }

    protected override async Task<string?> RefuseDeleteAsync(ActaFormat item) =>
        await Db.Exercises.AnyAsync(e => e.ActaFormatId == item.Id)
            ? $"No se puede eliminar el formato {item.Code}: lo usan ejercicios. Cree uno nuevo y cámbielo en sus datos generales."
            : null;
}
