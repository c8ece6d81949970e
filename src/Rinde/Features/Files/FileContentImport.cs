using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Infrastructure;

namespace Rinde.Features.Files;

/// <summary>
/// On PostgreSQL, files used to live in RINDE_DATA_DIR/files on one node. At start-up each one
/// with a row moves once into the database (one transaction per file, under an advisory lock so
/// nodes that shared the folder do not copy it twice); the disk copy is removed once its
/// SHA-256 matched the row's. A file whose bytes do not match is copied and kept on disk.
/// </summary>
internal sealed class FileContentImport(RindeDbContext db, DataDirectory data, IFileContent contents, ILogger<FileContentImport> logger) : IStartupStep
{
    public async Task RunAsync(IServiceProvider services)
    {
        if (contents is not DatabaseFileContent || !Directory.Exists(data.FilesPath))
        {
            return;
        }
        foreach (var path in Directory.EnumerateFiles(data.FilesPath).ToList())
        {
            if (!Guid.TryParseExact(Path.GetFileName(path), "N", out var id)
                || await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id) is not { } file)
            {
                continue;
            }
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7401, hashtext({0}))", id.ToString("N"));
                if (!await db.Set<StoredFileContent>().AnyAsync(c => c.FileId == id))
                {
                    await contents.KeepAsync(id, path, CancellationToken.None);
                }
                await transaction.CommitAsync();
            }
            await using var disk = File.OpenRead(path);
            var matches = Convert.ToHexStringLower(await SHA256.HashDataAsync(disk)) == file.Sha256;
            await disk.DisposeAsync();
            if (matches)
            {
                File.Delete(path);
            }
            else
            {
                logger.LogWarning("El archivo {FileId} no coincide con su SHA-256: se copió a la base de datos y se conserva en disco", id);
            }
        }
    }
}
