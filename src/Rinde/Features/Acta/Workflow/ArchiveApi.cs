using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Features.Acta.Workflow;

/// <summary>The public archive of published actas (../shared/api.md: GET /api/v1/actas).</summary>
public static class ArchiveApi
{
    public sealed record PublishedActa(int ExerciseId, string Number, string Title, string Dependency, DateOnly Date, string Sha256, string Docx, string? Pdf);

    public static RouteGroupBuilder MapArchiveApi(this RouteGroupBuilder api)
    {
        api.MapGet("/actas", ListAsync).AllowAnonymous();
        return api;
    }

    private static async Task<Ok<List<PublishedActa>>> ListAsync(string? dependency, int? year, string? q,
        RindeDbContext db, ActaArchive archive, CancellationToken ct)
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
            rows = rows.Where(r => words.All(w => (r.Title + " " + r.Dependency + " " + r.ActaNumber).Contains(w, StringComparison.OrdinalIgnoreCase))).ToList();
        }
        var result = new List<PublishedActa>();
        foreach (var r in rows)
        {
            var version = await archive.LatestAsync(r.Id, ct);
            if (version is null)
            {
                continue;
            }
            result.Add(new PublishedActa(r.Id, r.ActaNumber!, r.Title, r.Dependency, r.Date, version.DocxFile.Sha256,
                $"/api/v1/exercises/{r.Id}/acta.docx", version.PdfFile is null ? null : $"/api/v1/exercises/{r.Id}/acta.pdf"));
        }
        return TypedResults.Ok(result);
    }
}
