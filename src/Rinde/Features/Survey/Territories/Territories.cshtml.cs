using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rinde.Data;
using Rinde.Features.BackOffice;

namespace Rinde.Features.Survey.Territories;

/// <summary>
/// The comunas and corregimientos of a municipality, the options of the surveys' "comuna o
/// corregimiento" question. The municipality is part of the path so that every form of the
/// page (edit, move, delete) stays on it.
/// </summary>
public class TerritoriesModel(RindeDbContext db, IOptions<MunicipalityOptions> settings) : ListPageModel<Territory, TerritoriesModel.Form>(db)
{
    public sealed class Form
    {
        [Display(Name = "Nombre", Description = "Como lo verán las personas en la encuesta, p. ej. «Comuna 3» o «Pance».")]
        [Required(ErrorMessage = "Escriba el nombre."), StringLength(120, ErrorMessage = "El nombre admite hasta 120 caracteres.")]
        public string Name { get; set; } = "";

        [Display(Name = "Tipo")]
        public TerritoryKind Kind { get; set; }
    }

    public const string Path = "/staff/territorios";

    public string Municipality => RouteData.Values["municipio"] is string m && m.Trim().Length > 0 ? m.Trim() : Configured;
    public string Configured => settings.Value.Configured;
    public List<string> Known { get; private set; } = [];

    public override string PartTitle => $"Comunas y corregimientos de {Municipality}";
    public override string Tab => "territorios";
    public override Noun Noun => new("comuna o corregimiento", "comunas y corregimientos", Feminine: true);
    protected override string? ScopeProperty => null;

    protected override IQueryable<Territory> Scoped()
    {
        var municipality = Municipality;
        return base.Scoped().Where(t => t.Municipality == municipality);
    }

    protected override IReadOnlyList<Column<Territory>> Columns =>
        [new("Nombre", t => t.Name), new("Tipo", t => EnumLabels.Of(t.Kind)), new("En la encuesta", Municipalities.Label)];

    protected override Territory Create(Form input) => new() { Municipality = Municipality, Name = input.Name };
    protected override Form ToInput(Territory item) => new() { Name = item.Name, Kind = item.Kind };
    protected override void Apply(Form input, Territory item) => (item.Name, item.Kind) = (input.Name, input.Kind);

    protected override async Task ValidateAsync(Form input, Territory? existing)
    {
        if (await Scoped().AnyAsync(t => t.Name == input.Name && t.Id != (existing == null ? 0 : existing.Id)))
        {
            ModelState.AddModelError("Input.Name", $"{Municipality} ya tiene «{input.Name}».");
        }
    }

    protected override async Task LoadOptionsAsync()
    {
        var stored = await Db.Territories.Select(t => t.Municipality).Distinct().ToListAsync();
        Known = [.. stored.Append(Configured).Append(Municipality).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>The "change municipality" form is a GET with ?municipio=: turn it into the path.</summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (HttpMethods.IsGet(Request.Method) && Request.Query["municipio"].ToString().Trim() is { Length: > 0 } chosen)
        {
            context.Result = Redirect(Href(chosen));
            return;
        }
        await base.OnPageHandlerExecutionAsync(context, next);
    }

    public static string Href(string municipality) => $"{Path}/{Uri.EscapeDataString(municipality)}";
}
