using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.BackOffice;

namespace Rinde.Features.Dependencies;

/// <summary>The entity's dependencies and their sub-units, with their archive (TRD) codes.</summary>
public class DependenciesModel(RindeDbContext db) : ListPageModel<Dependency, DependenciesModel.Form>(db)
{
    public sealed class Form
    {
        [Display(Name = "Código", Description = "Código de la tabla de retención documental, p. ej. 4112.")]
        [Required(ErrorMessage = "Escriba el código."), StringLength(40, ErrorMessage = "El código admite hasta 40 caracteres.")]
        public string Code { get; set; } = "";

        [Display(Name = "Nombre"), Required(ErrorMessage = "Escriba el nombre."), StringLength(200, ErrorMessage = "El nombre admite hasta 200 caracteres.")]
        public string Name { get; set; } = "";

        [Display(Name = "Depende de", Description = "Déjelo vacío si es una dependencia principal; elíjala si es una oficina adscrita.")]
        public int? ParentId { get; set; }
    }

    private List<(Dependency Dependency, int Depth)> _tree = [];

    public override string PartTitle => "Dependencias";
    public override string Tab => "dependencias";
    public override Noun Noun => new("dependencia", "dependencias", Feminine: true);
    protected override string? ScopeProperty => null;
    protected override string? OrderProperty => null;

    protected override IReadOnlyList<Column<Dependency>> Columns =>
    [
        new("Código", d => d.Code),
        new("Nombre", d => DependencyTree.Indented(d, _tree.FirstOrDefault(n => n.Dependency == d).Depth)),
        new("Depende de", d => d.Parent?.Name),
    ];

    protected override string RowName(Dependency item) => item.Name;
    protected override IQueryable<Dependency> Include(IQueryable<Dependency> items) => items.Include(d => d.Parent);

    protected override List<Dependency> Sort(List<Dependency> items)
    {
        _tree = DependencyTree.Flatten(items);
        return [.. _tree.Select(n => n.Dependency)];
    }

    protected override async Task LoadOptionsAsync() => Options["ParentId"] = await DependencyTree.OptionsAsync(Db);

    protected override Dependency Create(Form input) => new() { Code = input.Code, Name = input.Name };
    protected override Form ToInput(Dependency item) => new() { Code = item.Code, Name = item.Name, ParentId = item.ParentId };

    protected override void Apply(Form input, Dependency item) =>
        (item.Code, item.Name, item.ParentId) = (input.Code, input.Name, input.ParentId);

    protected override async Task ValidateAsync(Form input, Dependency? existing)
    {
        if (await Db.Dependencies.AnyAsync(d => d.Code == input.Code && d.Id != (existing == null ? 0 : existing.Id)))
        {
            ModelState.AddModelError("Input.Code", $"Ya existe una dependencia con el código {input.Code}.");
        }
        if (existing is not null && input.ParentId is int parent)
        {
            var all = await Db.Dependencies.AsNoTracking().ToListAsync();
            if (DependencyTree.Flatten(all, existing.Id).Any(n => n.Dependency.Id == parent))
            {
                ModelState.AddModelError("Input.ParentId", "Una dependencia no puede depender de sí misma ni de una de sus oficinas adscritas.");
            }
        }
    }

    protected override async Task<string?> RefuseDeleteAsync(Dependency item)
    {
        if (await Db.Dependencies.AnyAsync(d => d.ParentId == item.Id))
        {
            return $"No se puede eliminar «{item.Name}»: tiene oficinas adscritas. Elimínelas o muévalas primero.";
        }
        if (await Db.Exercises.AnyAsync(e => e.DependencyId == item.Id) || await Db.Topics.AnyAsync(t => t.DependencyId == item.Id))
        {
            return $"No se puede eliminar «{item.Name}»: la usan ejercicios o sus temas.";
        }
        return null;
    }
}
