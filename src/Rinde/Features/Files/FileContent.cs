using Rinde.Data;
using Rinde.Infrastructure;

namespace Rinde.Features.Files;

/// <summary>
/// Where stored files' bytes live. The upload is received, hashed, sniffed and checked in a
/// local temporary file first (the same on both databases); then the content store keeps it.
/// </summary>
public interface IFileContent
{
    /// <summary>Takes the checked temporary file as the content of the file id (the file's row is already in the unit of work).</summary>
    Task KeepAsync(Guid id, string temporaryPath, CancellationToken ct);

    /// <summary>The bytes, streamed; a missing content is a <see cref="FileNotFoundException"/>.</summary>
    Stream Open(StoredFile file);

    /// <summary>Drops the bytes of a file whose row was deleted (a transient upload); in the database they went with the row.</summary>
    void Forget(Guid id);

    /// <summary>SQLite keeps files in the data directory (one node); PostgreSQL in the database every node reaches.</summary>
    public static IFileContent For(RindeDbContext db, DataDirectory data, DatabaseSettings database) =>
        database.IsPostgres
            ? new DatabaseFileContent(db, database.ConnectionString)
            : new DiskFileContent(data);
}

/// <summary>RINDE_DATA_DIR/files, one file per id.</summary>
public sealed class DiskFileContent(DataDirectory data) : IFileContent
{
    public Task KeepAsync(Guid id, string temporaryPath, CancellationToken ct)
    {
        File.Move(temporaryPath, PathOf(data, id));
        return Task.CompletedTask;
    }

    public Stream Open(StoredFile file) => File.OpenRead(PathOf(data, file.Id));

    public void Forget(Guid id) => File.Delete(PathOf(data, id));

    public static string PathOf(DataDirectory data, Guid id) => Path.Combine(data.FilesPath, id.ToString("N"));
}
