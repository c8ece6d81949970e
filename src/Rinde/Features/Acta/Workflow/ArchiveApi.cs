using Microsoft.AspNetCore.Http.HttpResults;

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

    private static async Task<Ok<List<PublishedActa>>> ListAsync(string? dependency, int? year, string? q, ActaArchive archive, CancellationToken ct) =>
        TypedResults.Ok(await archive.PublishedAsync(dependency, year, q, ct));
}
