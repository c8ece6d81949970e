using System.Linq.Expressions;
using Rinde.Features.Acta;

namespace Rinde.Features.Exercises;

/// <summary>
/// Which exercises the public sees, in one place: an exercise is public once staff publish its
/// announcement. A draft is not on the portal's lists, its page, its calendar file, its survey
/// form or the public API (404, as if it did not exist). A draft that never went further may be
/// deleted (soft, so it stays in the database and the audit log).
/// </summary>
public static class PublicExercises
{
    public static readonly Expression<Func<Exercise, bool>> IsPublicExpression = e => e.AnnouncedAt != null;

    public static IQueryable<Exercise> Public(this IQueryable<Exercise> exercises) => exercises.Where(IsPublicExpression);

    /// <summary>Never announced and its acta never started: nobody outside saw it and nothing refers to it.</summary>
    public static bool MayDelete(Exercise e) => e.AnnouncedAt is null && e.Status == ActaState.Borrador && e.ActaNumber is null;
}
