using Microsoft.Extensions.Options;
using Rinde.Features.Files;
using Rinde.Infrastructure;

namespace Rinde.Features.Survey.Import;

/// <summary>
/// Survey files waiting to be imported, under RINDE_DATA_DIR/imports: the page's preview and
/// its confirmation read the same bytes, so the file is kept between the two requests. A file
/// is kept only once it keeps the <see cref="UploadBudgets"/> (see <see cref="ImportBudget"/>).
/// </summary>
public sealed class ImportUploads(DataDirectory data, TimeProvider clock, IOptions<UploadBudgets> budgets)
{
    public const long MaxBytes = UploadBudgets.MaxImportBytes;

    public static readonly string TooLarge = $"El archivo supera el máximo de {MaxBytes / (1024 * 1024)} MB para importar una encuesta.";

    private string Folder => Path.Combine(data.Root, "imports");

    /// <summary>Copies the upload to disk; the token names it for later, or the Spanish reason it was refused.</summary>
    public async Task<(string? Token, string? Error)> SaveAsync(Stream content, int exerciseId, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        ForgetOld();
        var token = Guid.NewGuid().ToString("N");
        var path = PathOf(exerciseId, token)!;
        var buffer = new byte[1 << 16];
        long length = 0;
        await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                length += read;
                if (length > MaxBytes) break;
                await target.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }
        if (length is 0 or > MaxBytes)
        {
            File.Delete(path);
            return (null, length == 0 ? "El archivo está vacío." : TooLarge);
        }
        if (ImportBudget.Check(path, budgets.Value) is { } problem)
        {
            File.Delete(path);
            return (null, problem);
        }
        return (token, null);
    }

    /// <summary>The kept file of that exercise and token, if it is still there.</summary>
    public string? Find(int exerciseId, string? token) =>
        PathOf(exerciseId, token) is { } path && File.Exists(path) ? path : null;

    public void Delete(int exerciseId, string? token)
    {
        if (PathOf(exerciseId, token) is { } path) File.Delete(path);
    }

    /// <summary>Only a well-formed token names a file: nothing from the request reaches the path otherwise.</summary>
    private string? PathOf(int exerciseId, string? token) =>
        Guid.TryParseExact(token, "N", out var id) ? Path.Combine(Folder, $"{exerciseId}-{id:N}.upload") : null;

    /// <summary>Previews never confirmed are dropped after a day.</summary>
    private void ForgetOld()
    {
        var limit = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        foreach (var file in new DirectoryInfo(Folder).EnumerateFiles("*.upload"))
        {
            if (file.LastWriteTimeUtc < limit) file.Delete();
        }
    }
}
