using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Demo;

/// <summary>
/// Moving code must not move a word of the acta: the demo's DOCX parts hash to the checked-in
/// digest. A change meant to alter the acta regenerates it with
/// `RINDE_UPDATE_DEMO_DIGEST=1 dotnet test tests/Rinde.Tests --filter SqliteDemoActaDigestTests`
/// and says so in its commit.
/// </summary>
public sealed class SqliteDemoActaDigestTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private static readonly string DigestFile = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Demo", "demo-acta.digest");

    [Fact]
    public async Task The_demo_actas_document_parts_are_unchanged()
    {
        var id = factory.WithDb(db => db.Exercises.Single(e => e.ActaNumber == "4112.020.14.12.56").Id);
        var bytes = await factory.CreateClient().GetByteArrayAsync($"/api/v1/exercises/{id}/acta.docx");
        var digest = Digest(bytes);
        if (Environment.GetEnvironmentVariable("RINDE_UPDATE_DEMO_DIGEST") == "1")
        {
            await File.WriteAllTextAsync(DigestFile, digest);
        }
        Assert.Equal((await File.ReadAllTextAsync(DigestFile)).Trim(), digest.Trim());
    }

    /// <summary>Every part's name and bytes but the package's own metadata (random part names, timestamps).</summary>
    private static string Digest(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("word/", StringComparison.Ordinal)).OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(entry.FullName + "\n"));
            using var content = entry.Open();
            using var buffer = new MemoryStream();
            content.CopyTo(buffer);
            sha.AppendData(buffer.ToArray());
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset()) + "\n";
    }
}
