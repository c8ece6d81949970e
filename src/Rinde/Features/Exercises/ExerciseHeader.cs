using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Acta;

namespace Rinde.Features.Exercises;

/// <summary>What every page of an exercise shows above its tabs, and whether it may be edited.</summary>
public sealed record ExerciseHeader(int Id, string Title, string Dependency, int DependencyId, ActaState Status, ReturnNote? Returned = null)
{
    /// <summary>An approved or published acta is the record: its exercise can only be read.</summary>
    public bool Locked => Status.IsFrozen();

    public string LockReason => ActaStates.FrozenReason(Status);

    /// <summary>
    /// A returned acta carries the reviewer's comment on every page of its exercise until it is
    /// sent to review again: the team fixes what was asked where they work, not on the state page.
    /// </summary>
    public static Task<ExerciseHeader?> LoadAsync(RindeDbContext db, int id) =>
        db.Exercises.Where(e => e.Id == id)
            .Select(e => new ExerciseHeader(e.Id, e.Title, e.Dependency.Name, e.DependencyId, e.Status,
                e.Status == ActaState.Devuelta
                    ? db.ActaTransitions.Where(t => t.ExerciseId == e.Id && t.To == ActaState.Devuelta).OrderByDescending(t => t.Id)
                        .Select(t => new ReturnNote(t.Comment, t.By, t.At)).FirstOrDefault()
                    : null))
            .FirstOrDefaultAsync();
}

/// <summary>Why the reviewer returned the acta, who and when.</summary>
public sealed record ReturnNote(string Comment, string By, DateTime At);
