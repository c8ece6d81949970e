using System.Text.Json;
using Rinde.Infrastructure;

namespace Rinde.Features.Survey.Import;

/// <summary>
/// An import job as the person following it sees it, from its row (any node answers) and this
/// node's own count while it runs the import. The one home of what the page and the API say of it.
/// </summary>
public sealed class ImportJobView(BackgroundJob job, int localRead)
{
    public Guid Id => job.Id;
    public JobState State => job.State;
    public int Read => Math.Max(job.Progress, localRead);

    /// <summary>The preview's count: what the progress bar measures against.</summary>
    public int ExpectedRows => job.Total;
    public bool Finished => job.State is JobState.Done or JobState.Failed;
    public DateTime CreatedAt => job.CreatedAt;
    public DateTime? FinishedAt => job.FinishedAt;

    public ImportResult? Result { get; } = job is { State: JobState.Done, Result: { } json } ? JsonSerializer.Deserialize<ImportResult>(json) : null;

    public string? Failure => job.State == JobState.Failed ? job.Error : null;

    /// <summary>Where it stands, in one Spanish sentence: whether every response came in or none did.</summary>
    public string Message => (job.State, Result) switch
    {
        (JobState.Queued, _) => "La importación está en espera; empieza en cuanto un servidor quede libre.",
        (JobState.Running, _) => $"Importando: {ReadText} filas leídas. La importación se guarda completa o no se guarda.",
        (JobState.Done, { RejectedCount: 0 } done) => Imported(done),
        (JobState.Done, _) => "No se importó ninguna respuesta: el archivo fue rechazado; vea los motivos.",
        _ => Failure ?? "No se importó nada.",
    };

    /// <summary>An API import has no preview: its rows are counted as they are read.</summary>
    public string ReadText => ExpectedRows > 0 ? $"{EsCo.Count(Read)} de {EsCo.Count(ExpectedRows)}" : EsCo.Count(Read);

    public static string Imported(ImportResult done)
    {
        var skipped = done.Skipped == 0 ? "" : $" {EsCo.Count(done.Skipped)} ya estaban importadas y se omitieron.";
        return $"Se importaron {EsCo.Count(done.Imported)} respuestas.{skipped}";
    }

    public static string Serialize(ImportResult result) => JsonSerializer.Serialize(result);
}
