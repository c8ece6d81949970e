using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Accounts;

namespace Rinde.Features.Files;

/// <summary>
/// Staff read a stored file only when they may read its exercise (issue 9): a file belongs to
/// every exercise whose annex, report image, convocation evidence, commitment or schedule
/// progress or acta version points to it. Until one does (uploaded through the API, not yet in
/// a document), only who uploaded it reads it. Those who see everything read everything.
/// Anything else is "not found", as an exercise of another dependency is.
/// </summary>
public sealed class StoredFileAccess(RindeDbContext db, StaffScope scope, IHttpContextAccessor http)
{
    public async Task<StoredFile?> FindReadableAsync(Guid id, CancellationToken ct = default)
    {
        if (await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct) is not { } file)
        {
            return null;
        }
        if (scope.SeesAll || (file.UploadedBy is { } by && by == http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier)))
        {
            return file;
        }
        var owners = ExercisesOf(id);
        var visible = await scope.VisibleAsync(db.Exercises, ct);
        return await visible.AnyAsync(e => owners.Contains(e.Id), ct) ? file : null;
    }

    /// <summary>Deleted items still tie their file to its exercise: the file does not become anyone's.</summary>
    private IQueryable<int> ExercisesOf(Guid id) =>
        db.Annexes.IgnoreQueryFilters().Where(a => a.FileId == id).Select(a => a.ExerciseId)
            .Concat(db.ReportImages.IgnoreQueryFilters().Where(i => i.FileId == id)
                .Join(db.ReportSections.IgnoreQueryFilters(), i => i.ReportSectionId, s => s.Id, (i, s) => s.ExerciseId))
            .Concat(db.ConvocationEvidence.IgnoreQueryFilters().Where(e => e.FileId == id)
                .Join(db.ConvocationActions.IgnoreQueryFilters(), e => e.ConvocationActionId, a => a.Id, (e, a) => a.ExerciseId))
            .Concat(db.CommitmentProgress.IgnoreQueryFilters().Where(p => p.EvidenceFileId == id)
                .Join(db.Commitments.IgnoreQueryFilters(), p => p.CommitmentId, c => c.Id, (p, c) => c.ExerciseId))
            .Concat(db.ScheduleProgress.IgnoreQueryFilters().Where(p => p.EvidenceFileId == id)
                .Join(db.ScheduleActivities.IgnoreQueryFilters(), p => p.ScheduleActivityId, a => a.Id, (p, a) => a.ExerciseId))
            .Concat(db.ActaVersions.Where(v => v.DocxFileId == id || v.InternalDocxFileId == id || v.PdfFileId == id || v.SignedPdfFileId == id)
                .Select(v => v.ExerciseId));
}
