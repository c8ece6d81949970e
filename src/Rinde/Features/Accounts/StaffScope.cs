using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Exercises;

namespace Rinde.Features.Accounts;

/// <summary>
/// What the signed-in staff member may see: administrador and revisor see every exercise;
/// everyone else only those of their dependencies and of those dependencies' sub-units.
/// One per request; the dependency tree is read once.
/// </summary>
public sealed class StaffScope(IHttpContextAccessor http, RindeDbContext db)
{
    private HashSet<int>? _dependencies;

    private ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();

    /// <summary>Who may change an exercise's data: its back-office forms, its API, its uploads and imports.</summary>
    public static readonly string[] Editors = [Roles.Administrador, Roles.Articulador];

    /// <summary>Who may handle citizens' questions: the desk page and the desk API.</summary>
    public static readonly string[] Answerers = [.. Editors, Roles.Respondedor];

    public bool SeesAll => User.IsInRole(Roles.Administrador) || User.IsInRole(Roles.Revisor);

    /// <summary>May edit an exercise's parts (back-office forms).</summary>
    public bool MayEdit => Editors.Any(User.IsInRole);

    /// <summary>May handle citizens' questions on the desk.</summary>
    public bool MayAnswer => Answerers.Any(User.IsInRole);

    public async Task<IReadOnlySet<int>> DependencyIdsAsync(CancellationToken ct = default)
    {
        if (_dependencies is not null)
        {
            return _dependencies;
        }
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var own = await db.UserDependencies.Where(u => u.UserId == userId).Select(u => u.DependencyId).ToListAsync(ct);
        var tree = await db.Dependencies.AsNoTracking().Select(d => new { d.Id, d.ParentId }).ToListAsync(ct);
        var children = tree.Where(d => d.ParentId is not null).ToLookup(d => d.ParentId!.Value, d => d.Id);
        _dependencies = [];
        var pending = new Stack<int>(own);
        while (pending.TryPop(out var id))
        {
            if (_dependencies.Add(id))
            {
                foreach (var child in children[id])
                {
                    pending.Push(child);
                }
            }
        }
        return _dependencies;
    }

    public async Task<bool> CanSeeExerciseAsync(int exerciseId, CancellationToken ct = default)
    {
        if (SeesAll)
        {
            return true;
        }
        var dependencies = await DependencyIdsAsync(ct);
        var dependencyId = await db.Exercises.Where(e => e.Id == exerciseId).Select(e => (int?)e.DependencyId).FirstOrDefaultAsync(ct);
        return dependencyId is int d && dependencies.Contains(d);
    }

    /// <summary>
    /// A sub-unit answering for its parent: someone who answers, for whom the exercise is out of
    /// scope, but one of whose dependencies was assigned a question of it (or this question).
    /// They may open that exercise's desk, which shows them only those questions, and answer
    /// them; nothing else of the exercise exists for them.
    /// </summary>
    public async Task<bool> AnswersAssignedOnlyAsync(int exerciseId, int? questionId = null, CancellationToken ct = default)
    {
        if (!MayAnswer || await CanSeeExerciseAsync(exerciseId, ct))
        {
            return false;
        }
        return await (await AssignedAsync(db.CitizenQuestions, ct))
            .AnyAsync(q => q.ExerciseId == exerciseId && (questionId == null || q.Id == questionId), ct);
    }

    /// <summary>The questions assigned to one of this person's dependencies (or their sub-units).</summary>
    public async Task<IQueryable<Questions.CitizenQuestion>> AssignedAsync(IQueryable<Questions.CitizenQuestion> questions, CancellationToken ct = default)
    {
        var dependencies = (await DependencyIdsAsync(ct)).ToList();
        return questions.Where(q => q.AssignedDependencyId != null && dependencies.Contains(q.AssignedDependencyId.Value));
    }

    public async Task<bool> CanUseDependencyAsync(int dependencyId, CancellationToken ct = default) =>
        SeesAll || (await DependencyIdsAsync(ct)).Contains(dependencyId);

    /// <summary>The exercises this person may see.</summary>
    public async Task<IQueryable<Exercise>> VisibleAsync(IQueryable<Exercise> exercises, CancellationToken ct = default)
    {
        if (SeesAll)
        {
            return exercises;
        }
        var dependencies = (await DependencyIdsAsync(ct)).ToList();
        return exercises.Where(e => dependencies.Contains(e.DependencyId));
    }
}
