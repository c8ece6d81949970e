using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Features.Acta.Workflow;

/// <summary>
/// The frozen documents of approved and published actas. An acta that reached those states
/// without being frozen here (the demo, loaded published) is frozen the first time it is asked for.
/// </summary>
public sealed class ActaArchive(RindeDbContext db, ActaFreezer freezer, TimeProvider clock)
{
    public async Task<ActaVersion?> LatestAsync(int exerciseId, CancellationToken ct)
    {
        var version = await Query().Where(v => v.ExerciseId == exerciseId).OrderByDescending(v => v.Version).FirstOrDefaultAsync(ct);
        if (version is not null)
        {
            return version;
        }
        var exercise = await db.Exercises.Include(e => e.Dependency).Include(e => e.ActaFormat).FirstOrDefaultAsync(e => e.Id == exerciseId, ct);
        if (exercise is not { Status: ActaState.Aprobada or ActaState.Publicada } || exercise.ActaNumber is null)
        {
            return null;
        }
        return await freezer.FreezeAsync(exercise, "Rinde", clock.GetUtcNow().UtcDateTime, ct);
    }

    public IQueryable<ActaVersion> Query() =>
        db.Set<ActaVersion>().Include(v => v.DocxFile).Include(v => v.InternalDocxFile).Include(v => v.PdfFile);
}
