using Microsoft.Extensions.Options;
using Rinde.Features.Files;
using Rinde.Infrastructure;

namespace Rinde.Features.Survey.Import;

/// <summary>
/// Local temporary copies of survey files, under RINDE_DATA_DIR/imports: an upload is received
/// and checked against the <see cref="UploadBudgets"/> here (see <see cref="ImportBudget"/>)
/// before any reader sees it; what is kept between requests lives in the file store every node
/// reaches (<see cref="SurveyImportJobs"/>), and a job reads a local copy of it (imports/jobs).
/// </summary>
public sealed class ImportUploads(DataDirectory data, TimeProvider clock, IOptions<UploadBudgets> budgets)
{
    public const long MaxBytes = UploadBudgets.MaxImportBytes;

    public static readonly string TooLarge = $"El archivo supera el máximo de {MaxBytes / (1024 * 1024)} MB para importar una encuesta.";

    private string Folder => Path.Combine(data.Root, "imports");

    /// <summary>Copies the upload to a local file and checks it; its path, or the Spanish reason it was refused.</summary>
    public async Task<(string? Path, string? Error)> ReceiveAsync(Stream content, int exerciseId, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        ForgetOld(Folder);
        var path = Path.Combine(Folder, $"{exerciseId}-{Guid.NewGuid():N}.upload");
        var length = await CopyAsync(content, path, ct);
        if (length is 0 or > MaxBytes)
        {
            File.Delete(path);
            return (null, length == 0 ? "El archivo está vacío." : TooLarge);
        }
        if (ImportBudget.Check(path, budgets.Value, SurveyImporter.Words) is { } problem)
        {
            File.Delete(path);
            return (null, problem);
        }
        return (path, null);
    }

    /// <summary>A job's own local copy of its stored file: the readers need a file they may open twice.</summary>
    public async Task<string> CopyForJobAsync(Stream stored, JobTake take, CancellationToken ct)
    {
        var folder = Path.Combine(Folder, "jobs");
        Directory.CreateDirectory(folder);
        ForgetOld(folder);
        var path = Path.Combine(folder, $"{take.Id:N}-{take.Owner:N}.part");
        await CopyAsync(stored, path, ct);
        return path;
    }

    /// <summary>Streams at most one byte more than allowed: never the whole file in memory.</summary>
    private static async Task<long> CopyAsync(Stream content, string path, CancellationToken ct)
    {
        var buffer = new byte[1 << 16];
        long length = 0;
        await using var target = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        int read;
        while ((read = await content.ReadAsync(buffer, ct)) > 0)
        {
            length += read;
            if (length > MaxBytes) break;
            await target.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        return length;
    }

    /// <summary>Copies a node was killed before deleting are dropped after a day.</summary>
    private void ForgetOld(string folder)
    {
        var limit = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles())
        {
            if (file.LastWriteTimeUtc < limit) file.Delete();
        }
    }
}
