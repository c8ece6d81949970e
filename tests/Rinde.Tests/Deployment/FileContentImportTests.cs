using Microsoft.Extensions.DependencyInjection;
using Rinde.Features.Files;
using Rinde.Infrastructure;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Deployment;

/// <summary>An upgraded PostgreSQL installation moves the files it kept on disk into the database at start-up.</summary>
public sealed class FileContentImportTests(PostgresFactory factory) : IClassFixture<PostgresFactory>
{
    [Fact]
    public async Task Files_kept_on_disk_move_into_the_database_once()
    {
        _ = factory.Services; // started: migrated
        var bytes = new byte[2 * StoredFileContent.ChunkSize + 10];
        Random.Shared.NextBytes(bytes);
        var id = Guid.NewGuid();
        var path = Path.Combine(factory.DataDir, "files", id.ToString("N"));
        await File.WriteAllBytesAsync(path, bytes);
        factory.WithDb(db =>
        {
            db.Files.Add(new StoredFile
            {
                Id = id, FileName = "antiguo.pdf", ContentType = "application/pdf", Length = bytes.Length,
                Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), UploadedAt = DateTime.UtcNow,
            });
            return db.SaveChanges();
        });

        for (var start = 0; start < 2; start++) // a second start finds nothing left to do
        {
            using var scope = factory.Services.CreateScope();
            var step = scope.ServiceProvider.GetServices<IStartupStep>().Single(s => s.GetType().Name == "FileContentImport");
            await step.RunAsync(scope.ServiceProvider);
        }

        Assert.False(File.Exists(path));
        Assert.Equal(3, factory.WithDb(db => db.Set<StoredFileContent>().Count(c => c.FileId == id)));
        var staff = await factory.CreateStaffClientAsync();
        Assert.Equal(bytes, await staff.GetByteArrayAsync($"/api/v1/files/{id}"));
    }
}
