using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Accounts;

/// <summary>An upgraded Rinde keeps what it signed with the keys it kept on disk before.</summary>
public sealed class FileKeysImportTests
{
    [Fact]
    public async Task Keys_of_the_data_directory_move_into_the_database_and_still_unprotect()
    {
        var dir = Directory.CreateTempSubdirectory("rinde-keys-").FullName;
        try
        {
            var old = DataProtectionProvider.Create(new DirectoryInfo(dir), b => b.SetApplicationName("Rinde")).CreateProtector("prueba");
            var sealedText = old.Protect("firmado con la llave del disco");

            using var factory = new SqliteFactory();
            var keys = Path.Combine(factory.DataDir, "keys");
            Directory.CreateDirectory(keys);
            foreach (var file in Directory.EnumerateFiles(dir, "key-*.xml"))
            {
                File.Copy(file, Path.Combine(keys, Path.GetFileName(file)));
            }
            Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/api/v1/health")).StatusCode);

            Assert.Equal(1, factory.WithDb(db => db.DataProtectionKeys.Count()));
            var protector = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("prueba");
            Assert.Equal("firmado con la llave del disco", protector.Unprotect(sealedText));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
