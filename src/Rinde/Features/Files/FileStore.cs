using System.Security.Cryptography;
using Rinde.Data;
using Microsoft.Extensions.Options;
using Rinde.Infrastructure;

namespace Rinde.Features.Files;

/// <summary>
/// Keeps uploaded images and annexes under RINDE_DATA_DIR/files. The type is decided from
/// the bytes, never from the name or the browser's claim, and the size is limited.
/// </summary>
public sealed class FileStore(RindeDbContext db, DataDirectory data, TimeProvider clock, IOptions<UploadBudgets> budgets)
{
    public const long MaxBytes = UploadBudgets.MaxFileBytes;

    public static readonly IReadOnlySet<string> ImageTypes = new HashSet<string> { "image/png", "image/jpeg", "image/gif", "image/webp" };

    /// <summary>Stores the upload, or returns the Spanish reason why it was refused.</summary>
    public async Task<(StoredFile? File, string? Error)> SaveAsync(
        Stream content, string fileName, IReadOnlySet<string> allowedTypes, CancellationToken ct = default)
    {
        var id = Guid.NewGuid();
        var path = PathOf(id);
        var temp = path + ".part";
        long length;
        string sha;
        byte[] head;
        await using (var target = File.Create(temp))
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[81920];
            head = [];
            length = 0;
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                length += read;
                if (length > MaxBytes)
                {
                    await target.DisposeAsync();
                    File.Delete(temp);
                    return (null, $"El archivo «{fileName}» supera el máximo de {MaxBytes / (1024 * 1024)} MB.");
                }
                if (head.Length < 16)
                {
                    head = [.. head, .. buffer.AsSpan(0, Math.Min(read, 16 - head.Length)).ToArray()];
                }
                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), ct);
            }
            sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            await target.FlushAsync(ct);
        }

        var type = FileSniffer.Detect(head);
        if (length == 0 || type is null || !allowedTypes.Contains(type))
        {
            File.Delete(temp);
            var allowed = string.Join(", ", allowedTypes.Select(FileSniffer.Describe).Distinct());
            return (null, length == 0
                ? $"El archivo «{fileName}» está vacío."
                : $"El archivo «{fileName}» no es de un tipo permitido ({allowed}).");
        }

        if (ImageTypes.Contains(type) && ImageProblem(temp, type, fileName) is { } problem)
        {
            File.Delete(temp);
            return (null, problem);
        }
        if (ImageTypes.Contains(type) && ImageShrinker.ShrinkIfLarger(temp, budgets.Value.StoredImageMaxSide))
        {
            (length, sha, type) = await DescribeAsync(temp, ct);
        }

        File.Move(temp, path);
        var stored = new StoredFile
        {
            Id = id,
            FileName = Infrastructure.TextInput.Clean(Path.GetFileName(fileName)),
            ContentType = type,
            Length = length,
            Sha256 = sha,
            UploadedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Files.Add(stored);
        await db.SaveChangesAsync(ct);
        return (stored, null);
    }

    /// <summary>
    /// Stores a document Rinde made itself (the acta's frozen files). Its type is known, so it
    /// is not sniffed: an HTML page has no magic number. Never used for anything a user sent.
    /// </summary>
    public async Task<StoredFile> SaveGeneratedAsync(byte[] bytes, string fileName, string contentType, CancellationToken ct = default)
    {
        var id = Guid.NewGuid();
        var path = PathOf(id);
        await File.WriteAllBytesAsync(path + ".part", bytes, ct);
        File.Move(path + ".part", path);
        var stored = new StoredFile
        {
            Id = id,
            FileName = fileName,
            ContentType = contentType,
            Length = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            UploadedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Files.Add(stored);
        await db.SaveChangesAsync(ct);
        return stored;
    }

    /// <summary>Length, SHA-256 and type of a file rewritten after it was received.</summary>
    private static async Task<(long Length, string Sha, string Type)> DescribeAsync(string path, CancellationToken ct)
    {
        await using var file = File.OpenRead(path);
        var sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct));
        file.Position = 0;
        var head = new byte[16];
        var read = await file.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        return (file.Length, sha, FileSniffer.Detect(head.AsSpan(0, read)) ?? "application/octet-stream");
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

    public Stream Open(StoredFile file) => File.OpenRead(PathOf(file.Id));

    public async Task<byte[]> ReadAllAsync(StoredFile file, CancellationToken ct = default) =>
        await File.ReadAllBytesAsync(PathOf(file.Id), ct);

    private string PathOf(Guid id) => Path.Combine(data.FilesPath, id.ToString("N"));
}
