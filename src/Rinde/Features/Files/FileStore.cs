using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rinde.Data;
using Rinde.Infrastructure;

namespace Rinde.Features.Files;

/// <summary>
/// Keeps uploaded images and annexes. The type is decided from the bytes, never from the name
/// or the browser's claim; size and pixels are budgeted (<see cref="UploadBudgets"/>). The upload
/// is checked in a local temporary file, then handed to <see cref="IFileContent"/> in the same
/// transaction as its row.
/// </summary>
public sealed class FileStore(RindeDbContext db, DataDirectory data, IFileContent contents, TimeProvider clock,
    IOptions<UploadBudgets> budgets, IHttpContextAccessor? http = null)
{
    public const long MaxBytes = UploadBudgets.MaxFileBytes;

    public static readonly IReadOnlySet<string> ImageTypes = new HashSet<string> { "image/png", "image/jpeg", "image/gif", "image/webp" };

    /// <summary>Stores the upload, or returns the Spanish reason why it was refused.</summary>
    public async Task<(StoredFile? File, string? Error)> SaveAsync(
        Stream content, string fileName, IReadOnlySet<string> allowedTypes, CancellationToken ct = default)
    {
        var id = Guid.NewGuid();
        var temp = Path.Combine(data.FilesPath, id.ToString("N") + ".part");
        try
        {
            if (!await ReceiveAsync(content, temp, ct))
            {
                return (null, $"El archivo «{fileName}» supera el máximo de {MaxBytes / (1024 * 1024)} MB.");
            }
            var (length, sha, type) = await DescribeAsync(temp, ct);
            if (length == 0 || type is null || !allowedTypes.Contains(type))
            {
                var allowed = string.Join(", ", allowedTypes.Select(FileSniffer.Describe).Distinct());
                return (null, length == 0
                    ? $"El archivo «{fileName}» está vacío."
                    : $"El archivo «{fileName}» no es de un tipo permitido ({allowed}).");
            }
            if (ImageTypes.Contains(type) && ImageProblem(temp, type, fileName) is { } problem)
            {
                return (null, problem);
            }
            if (ImageTypes.Contains(type) && ImageShrinker.ShrinkIfLarger(temp, budgets.Value.StoredImageMaxSide))
            {
                (length, sha, type) = await DescribeAsync(temp, ct);
            }
            return (await KeepAsync(id, temp, fileName, type!, length, sha, ct), null);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>
    /// Stores a document Rinde made itself (the acta's frozen files). Its type is known, so it
    /// is not sniffed: an HTML page has no magic number. Never used for anything a user sent.
    /// </summary>
    public async Task<StoredFile> SaveGeneratedAsync(byte[] bytes, string fileName, string contentType, CancellationToken ct = default)
    {
        var id = Guid.NewGuid();
        var temp = Path.Combine(data.FilesPath, id.ToString("N") + ".part");
        try
        {
            await File.WriteAllBytesAsync(temp, bytes, ct);
            return await KeepAsync(id, temp, fileName, contentType, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)), ct);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>
    /// Stores a file Rinde already received and checked in a local file of its own (a survey
    /// export, budgeted by the import), streamed. Not sniffed: a CSV has no magic number.
    /// The local file may be consumed.
    /// </summary>
    public async Task<StoredFile> SaveCheckedAsync(string path, string fileName, string contentType, CancellationToken ct = default)
    {
        var (length, sha, _) = await DescribeAsync(path, ct);
        return await KeepAsync(Guid.NewGuid(), path, fileName, contentType, length, sha, ct);
    }

    /// <summary>Deletes a transient file (an import's upload) with its bytes, in the caller's transaction when there is one.</summary>
    public async Task DeleteAsync(Guid id, CancellationToken ct = default)
    {
        await db.Files.Where(f => f.Id == id).ExecuteDeleteAsync(ct);
        if (db.Database.CurrentTransaction is null) contents.Forget(id);
    }

    /// <summary>After the caller's transaction committed: the bytes outside the database go too.</summary>
    public void Forget(Guid id) => contents.Forget(id);

    private async Task<StoredFile> KeepAsync(Guid id, string temp, string fileName, string type, long length, string sha, CancellationToken ct)
    {
        var stored = new StoredFile
        {
            Id = id,
            FileName = TextInput.Clean(Path.GetFileName(fileName)),
            ContentType = type,
            Length = length,
            Sha256 = sha,
            UploadedAt = clock.GetUtcNow().UtcDateTime,
            UploadedBy = http?.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier),
        };
        // The row and its bytes commit together: in the caller's transaction, or in one of their own.
        await using var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        db.Files.Add(stored);
        await db.SaveChangesAsync(ct);
        await contents.KeepAsync(id, temp, ct);
        if (own is not null) await own.CommitAsync(ct);
        return stored;
    }

    /// <summary>Copies the upload to the temporary file; false when it is larger than allowed.</summary>
    private static async Task<bool> ReceiveAsync(Stream content, string temp, CancellationToken ct)
    {
        await using var target = File.Create(temp);
        var buffer = new byte[81920];
        long length = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, ct)) > 0)
        {
            if ((length += read) > MaxBytes) return false;
            await target.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        return true;
    }

    /// <summary>Length, SHA-256 and sniffed type of what is about to be kept.</summary>
    private static async Task<(long Length, string Sha, string? Type)> DescribeAsync(string path, CancellationToken ct)
    {
        await using var file = File.OpenRead(path);
        var sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct));
        file.Position = 0;
        var head = new byte[16];
        var read = await file.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        return (file.Length, sha, FileSniffer.Detect(head.AsSpan(0, read)));
    }

    /// <summary>An image whose header states more pixels than the budget is refused before anything decodes it.</summary>
    private string? ImageProblem(string path, string type, string fileName)
    {
        using var image = File.OpenRead(path);
        if (ImageSize.Read(image, type) is not var (width, height))
        {
            return $"No se pudo leer el tamaño de la imagen «{fileName}»: el archivo parece dañado.";
        }
        var max = budgets.Value.MaxImagePixels;
        return (long)width * height <= max ? null
            : $"La imagen «{fileName}» mide {EsCo.Count(width)} × {EsCo.Count(height)} píxeles; se aceptan imágenes de hasta "
              + $"{EsCo.Count(max / 1_000_000)} megapíxeles. Redúzcala y súbala de nuevo.";
    }

    public Stream Open(StoredFile file) => contents.Open(file);

    public async Task<byte[]> ReadAllAsync(StoredFile file, CancellationToken ct = default)
    {
        await using var content = contents.Open(file);
        using var copy = new MemoryStream((int)Math.Min(file.Length, MaxBytes));
        await content.CopyToAsync(copy, ct);
        return copy.ToArray();
    }
}
