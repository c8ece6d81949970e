using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Infrastructure;

namespace Rinde.Features.Accounts;

/// <summary>
/// Keys used to live in RINDE_DATA_DIR/keys. They move once into the database, so a Rinde that
/// is upgraded keeps its signed-in users and the follow links it already sent.
/// </summary>
internal sealed class FileKeysImport(RindeDbContext db, DataDirectory data) : IStartupStep
{
    public async Task RunAsync(IServiceProvider services)
    {
        if (!Directory.Exists(data.KeysPath))
        {
            return;
        }
        var known = await db.DataProtectionKeys.Select(k => k.FriendlyName).ToListAsync();
        foreach (var file in Directory.EnumerateFiles(data.KeysPath, "key-*.xml"))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (!known.Contains(name))
            {
                db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = name, Xml = await File.ReadAllTextAsync(file) });
            }
        }
        await db.SaveChangesAsync();
    }
}
