using System.Security.Cryptography;
using Rinde.Data;
using Rinde.Infrastructure;

namespace Rinde.Features.Files;

/// <summary>
/// Keeps uploaded images and annexes under RINDE_DATA_DIR/files. The type is decided from
/// the bytes, never from the name or the browser's claim, and the size is limited.
/// </summary>
public sealed class FileStore(RindeDbContext db, DataDirectory data, TimeProvider clock)
{
    public const long MaxBytes = 20 * 1024 * 1024;

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

    public Stream Open(StoredFile file) => File.OpenRead(PathOf(file.Id));

    public async Task<byte[]> ReadAllAsync(StoredFile file, CancellationToken ct = default) =>
        await File.ReadAllBytesAsync(PathOf(file.Id), ct);

    private string PathOf(Guid id) => Path.Combine(data.FilesPath, id.ToString("N"));
}
