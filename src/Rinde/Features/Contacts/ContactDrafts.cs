using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Files;

namespace Rinde.Features.Contacts;

/// <summary>
/// A previewed contacts file waits in the file store (every node reaches it) until its
/// confirmation; only who uploaded it may confirm it, for that list. Files never confirmed are
/// dropped after a day: they hold personal data.
/// </summary>
public sealed class ContactDrafts(RindeDbContext db, FileStore files, Infrastructure.DataDirectory data, TimeProvider clock)
{
    private static string Name(int listId) => $"contactos-{listId}.upload";

    public async Task<Guid> KeepAsync(int listId, string path, CancellationToken ct)
    {
        var limit = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        foreach (var old in await db.Files.Where(f => f.FileName.StartsWith("contactos-") && f.UploadedAt < limit).Select(f => f.Id).ToListAsync(ct))
        {
            await files.DeleteAsync(old, ct);
        }
        return (await files.SaveCheckedAsync(path, Name(listId), "application/octet-stream", ct)).Id;
    }

    /// <summary>A local copy of the draft to read (the caller deletes it), or null when there is none for this user and list.</summary>
    public async Task<string?> TakeAsync(int listId, Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var name = Name(listId);
        var stored = await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id && f.FileName == name && f.UploadedBy == userId, ct);
        if (stored is null) return null;
        var path = ContactImporter.TemporaryPath(data);
        await using (var source = files.Open(stored))
        await using (var target = File.Create(path))
        {
            await source.CopyToAsync(target, ct);
        }
        await files.DeleteAsync(stored.Id, ct);
        return path;
    }
}
