using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.BackOffice;
using Rinde.Features.Dependencies;

namespace Rinde.Features.Exercises;

/// <summary>Item 1 of the acta: the topics each office reports on.</summary>
public class TopicsModel(RindeDbContext db) : ListPageModel<Topic, TopicsModel.Form>(db)
{
    public sealed class Form
    {
        [Display(Name = "Oficina", Description = "La dependencia del ejercicio o una de sus oficinas adscritas.")]
        [Required(ErrorMessage = "Elija la oficina que presenta el tema.")]
        public int? DependencyId { get; set; }

        [Display(Name = "Tema"), Required(ErrorMessage = "Escriba el tema."), StringLength(500, ErrorMessage = "El tema admite hasta 500 caracteres.")]
        public string Title { get; set; } = "";
    }

    public override string PartTitle => "Temas por oficina";
    public override string Tab => "temas";
    public override Noun Noun => new("tema", "temas");
    public override IReadOnlyList<ExerciseText> Texts => [ExerciseTexts.TopicsIntro];

    protected override IReadOnlyList<Column<Topic>> Columns => [new("Tema", t => t.Title), new("Oficina", t => t.Dependency.Name)];
    protected override IQueryable<Topic> Include(IQueryable<Topic> items) => items.Include(t => t.Dependency);
    protected override async Task LoadOptionsAsync() => Options["DependencyId"] = await DependencyTree.OptionsAsync(Db, Exercise!.DependencyId);

    protected override Topic Create(Form input) => new() { Title = input.Title };
    protected override Form ToInput(Topic item) => new() { DependencyId = item.DependencyId, Title = item.Title };
    protected override void Apply(Form input, Topic item) => (item.DependencyId, item.Title) = (input.DependencyId!.Value, input.Title);
}
