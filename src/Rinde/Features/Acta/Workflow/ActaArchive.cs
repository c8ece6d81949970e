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
        var frozen = await freezer.FreezeAsync(exercise, "Rinde", clock.GetUtcNow().UtcDateTime, ct);
        if (exercise.Status == ActaState.Publicada)
        {
            frozen.PublishedAt = frozen.ApprovedAt;
            await db.SaveChangesAsync(ct);
        }
        return frozen;
    }

    public IQueryable<ActaVersion> Query() =>
        db.Set<ActaVersion>().Include(v => v.DocxFile).Include(v => v.InternalDocxFile).Include(v => v.PdfFile).Include(v => v.SignedPdfFile);

    /// <summary>Published actas, newest first, filtered by dependency (code or name), vigencia and words.</summary>
    public async Task<List<ArchiveApi.PublishedActa>> PublishedAsync(string? dependency, int? year, string? q, CancellationToken ct)
    {
        var published = db.Exercises.AsNoTracking().Where(e => e.Status == ActaState.Publicada && e.ActaNumber != null);
        if (!string.IsNullOrWhiteSpace(dependency))
        {
            published = published.Where(e => e.Dependency.Code == dependency || e.Dependency.Name.Contains(dependency));
        }
        if (year is int y)
        {
            published = published.Where(e => e.Vigencia == y);
        }
        var rows = await published.OrderByDescending(e => e.Date)
            .Select(e => new { e.Id, e.ActaNumber, e.Title, Dependency = e.Dependency.Name, e.Date }).ToListAsync(ct);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var words = q.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            rows = rows.Where(r => words.All(w => $"{r.Title} {r.Dependency} {r.ActaNumber}".Contains(w, StringComparison.OrdinalIgnoreCase))).ToList();
        }
        var result = new List<ArchiveApi.PublishedActa>();
        foreach (var r in rows)
        {
            if (await LatestAsync(r.Id, ct) is { } version)
            {
                // Links name the version, so the bytes behind them never change.
                var stem = $"/api/v1/exercises/{r.Id}/acta/v{version.Version}";
                var versions = await Query().AsNoTracking().Where(v => v.ExerciseId == r.Id && v.PublishedAt != null)
                    .OrderByDescending(v => v.Version).ToListAsync(ct);
                result.Add(new ArchiveApi.PublishedActa(r.Id, r.ActaNumber!, r.Title, r.Dependency, r.Date, version.DocxFile.Sha256,
                    stem + ".docx", version.PublishedPdf is null ? null : stem + ".pdf")
                {
                    Versions = [.. versions.Select(v => new ArchiveApi.PublishedVersion(v.Version, v.PublishedAt!.Value, v.DocxFile.Sha256,
                        $"/api/v1/exercises/{r.Id}/acta/v{v.Version}.docx", v.PublishedPdf is null ? null : $"/api/v1/exercises/{r.Id}/acta/v{v.Version}.pdf"))],
                });
            }
        }
        return result;
    }
}
