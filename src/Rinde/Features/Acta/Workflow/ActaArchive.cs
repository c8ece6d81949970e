using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Exercises;

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
        if (exercise is null || !exercise.Status.IsFrozen() || exercise.ActaNumber is null)
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

    /// <summary>The newest version that was published: what the public reads, also while a newer one is being made.</summary>
    public Task<ActaVersion?> LatestPublishedAsync(int exerciseId, CancellationToken ct) =>
        Query().Where(v => v.ExerciseId == exerciseId && v.PublishedAt != null).OrderByDescending(v => v.Version).FirstOrDefaultAsync(ct);

    public IQueryable<ActaVersion> Query() =>
        db.Set<ActaVersion>().Include(v => v.DocxFile).Include(v => v.InternalDocxFile).Include(v => v.HtmlFile)
            .Include(v => v.InternalHtmlFile).Include(v => v.PdfFile).Include(v => v.SignedPdfFile);

    /// <summary>
    /// Published actas, newest first, filtered by dependency (code or name), vigencia and words.
    /// An acta reopened after publication stays listed with the versions it published: their
    /// files and hashes never leave the archive.
    /// </summary>
    public async Task<List<ArchiveApi.PublishedActa>> PublishedAsync(string? dependency, int? year, string? q, CancellationToken ct)
    {
        var published = db.Exercises.AsNoTracking().Where(e => e.ActaNumber != null
            && (e.Status == ActaState.Publicada || db.Set<ActaVersion>().Any(v => v.ExerciseId == e.Id && v.PublishedAt != null)));
        if (!string.IsNullOrWhiteSpace(dependency))
        {
            published = published.Where(e => e.Dependency.Code == dependency || e.Dependency.Name.Contains(dependency));
        }
        if (year is int y)
        {
            published = published.Where(e => e.Vigencia == y);
        }
        var rows = await published.OrderByDescending(e => e.Date)
            .Select(e => new { e.Id, e.ActaNumber, e.Title, Dependency = e.Dependency.Name, e.Date, e.Status }).ToListAsync(ct);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var words = q.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            rows = rows.Where(r => words.All(w => $"{r.Title} {r.Dependency} {r.ActaNumber}".Contains(w, StringComparison.OrdinalIgnoreCase))).ToList();
        }
        var result = new List<ArchiveApi.PublishedActa>();
        foreach (var r in rows)
        {
            if (r.Status == ActaState.Publicada)
            {
                await LatestAsync(r.Id, ct); // freezes an acta loaded as published (the demo)
            }
            var versions = await Query().AsNoTracking().Where(v => v.ExerciseId == r.Id && v.PublishedAt != null)
                .OrderByDescending(v => v.Version).ToListAsync(ct);
            if (versions.Count == 0)
            {
                continue;
            }
            var shown = versions.Select(v => Describe(r.Id, v)).ToList();
            var head = shown[0];
            result.Add(new ArchiveApi.PublishedActa(r.Id, versions[0].Number, r.Title, r.Dependency, r.Date, head.Sha256, head.Docx, head.Pdf)
            {
                PdfSha256 = head.PdfSha256, Html = head.Html, HtmlSha256 = head.HtmlSha256, Versions = shown,
            });
        }
        return result;
    }

    /// <summary>A published version with links that name it, so the bytes behind them never change, and each file's SHA-256.</summary>
    private static ArchiveApi.PublishedVersion Describe(int exerciseId, ActaVersion v)
    {
        var stem = $"/api/v1/exercises/{exerciseId}/acta/v{v.Version}";
        return new ArchiveApi.PublishedVersion(v.Version, v.PublishedAt!.Value, v.DocxFile.Sha256, stem + ".docx",
            v.PublishedPdf is null ? null : stem + ".pdf", v.PublishedPdf?.Sha256, stem + ".html", v.HtmlFile.Sha256);
    }
}
