using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Exercises;
using Rinde.Features.Exercises.Document;
using Rinde.Infrastructure;

namespace Rinde.Features.Demo;

/// <summary>
/// On first start with an empty database, loads the seed's exercise (the second dialogue of
/// 2021 of Cali's Secretaría de Gobierno) complete and published with its historical number,
/// so a newcomer has something real to click. RINDE_DEMO=false skips it.
/// </summary>
/// <summary><c>RINDE_DEMO</c>: "false" starts without the demo.</summary>
public sealed class DemoOptions
{
    [ConfigurationKeyName("RINDE_DEMO")]
    public string? Demo { get; set; }

    public bool Load => !string.Equals(Demo?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
}

internal sealed class DemoLoader(RindeDbContext db, Microsoft.Extensions.Options.IOptions<DemoOptions> options, TimeProvider clock, ILogger<DemoLoader> logger) : IStartupStep
{
    public const string Resource = "Rinde.Demo.demo-exercise.json";

    public async Task RunAsync(IServiceProvider services)
    {
        if (!options.Value.Load || await db.Exercises.AnyAsync())
        {
            return;
        }
        var document = await ReadAsync();
        var exercise = new Exercise { Title = document.Title };
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Exercises.Add(exercise);
        await ExerciseDocumentImporter.ApplyAsync(document, exercise, db, clock.GetUtcNow().UtcDateTime, "sistema", default);
        // The demo keeps its history: it was published with this number.
        exercise.Status = document.Status;
        exercise.ActaNumber = document.ActaNumber;
        exercise.AnnouncedAt ??= clock.GetUtcNow().UtcDateTime;
        exercise.ActaConsecutive = int.TryParse(document.ActaNumber?.Split('.')[^1], out var consecutive) ? consecutive : null;
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        logger.LogInformation("Ejercicio de demostración cargado: {Title}", exercise.Title);
    }

    public static async Task<ExerciseDocument> ReadAsync()
    {
        await using var stream = typeof(DemoLoader).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Falta el recurso {Resource}.");
        return await JsonSerializer.DeserializeAsync<ExerciseDocument>(stream, JsonSetup.Options)
            ?? throw new InvalidOperationException("El ejercicio de demostración está vacío.");
    }
}
