using Rinde.Data;
using Rinde.Features.Acta.Model;
using Rinde.Features.Exercises;

namespace Rinde.Features.Acta;

/// <summary>Loads an exercise and builds its acta's model in the requested rendering.</summary>
public sealed class ActaService(RindeDbContext db, ActaModelBuilder builder)
{
    public async Task<ActaModel?> BuildAsync(int exerciseId, ActaRendering rendering, CancellationToken ct = default)
    {
        var exercise = await db.LoadCompleteAsync(exerciseId, ct: ct);
        return exercise is null ? null : await builder.BuildAsync(exercise, rendering, ct);
    }
}
