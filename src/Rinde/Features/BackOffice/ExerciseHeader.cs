using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Acta;

namespace Rinde.Features.BackOffice;

/// <summary>What every page of an exercise shows above its tabs, and whether it may be edited.</summary>
public sealed record ExerciseHeader(int Id, string Title, string Dependency, int DependencyId, ActaState Status)
{
    /// <summary>An approved or published acta is the record: its exercise can only be read.</summary>
    public bool Locked => Status.IsFrozen();

    public string LockReason => ActaStates.FrozenReason(Status);

    public static Task<ExerciseHeader?> LoadAsync(RindeDbContext db, int id) =>
        db.Exercises.Where(e => e.Id == id)
            .Select(e => new ExerciseHeader(e.Id, e.Title, e.Dependency.Name, e.DependencyId, e.Status))
            .FirstOrDefaultAsync();
}
