using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Features.BackOffice;

/// <summary>
/// A list that belongs to an item of one of the exercise's lists (a survey question's
/// options, a section's figures...). The route names the parent as {parentId}; the items'
/// foreign key is named after it (SurveyQuestion → SurveyQuestionId).
/// </summary>
public abstract class ChildListPageModel<TParent, TItem, TInput>(RindeDbContext db) : ListPageModel<TItem, TInput>(db)
    where TParent : class
    where TItem : class
    where TInput : class, new()
{
    public TParent Parent { get; private set; } = null!;

    protected override string? ScopeProperty => typeof(TParent).Name + "Id";
    protected override int ScopeId => int.Parse(RouteData.Values["parentId"]!.ToString()!, Infrastructure.EsCo.Culture);

    protected override async Task<IActionResult?> BeforeHandlerAsync()
    {
        var (parentId, exerciseId) = (ScopeId, ExerciseId);
        var parent = await Db.Set<TParent>().FirstOrDefaultAsync(p =>
            EF.Property<int>(p, "Id") == parentId && EF.Property<int>(p, "ExerciseId") == exerciseId);
        if (parent is null)
        {
            return NotFound();
        }
        Parent = parent;
        return null;
    }
}
