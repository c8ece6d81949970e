using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rinde.Data;
using Rinde.Features.Files;
using Rinde.Features.Messages;
using Rinde.Infrastructure;

namespace Rinde.Features.Contacts;

/// <summary>What an import did (or, in a preview, would do).</summary>
public sealed record ContactImportResult(int Imported, int Updated, IReadOnlyList<Files.RejectedRow> Rejected);

/// <summary>
/// Imports a contacts file into a list: received into a local file and checked against the
/// <see cref="UploadBudgets"/> before any reader sees it, read, and merged by address (a known
/// address is updated, a new one added). Addresses that unsubscribed are never added.
/// </summary>
public sealed class ContactImporter(RindeDbContext db, DataDirectory data, IOptions<UploadBudgets> budgets, TimeProvider clock)
{
    public const long MaxBytes = UploadBudgets.MaxFileBytes;

    public static readonly TableWords Words = new(ContactFile.NotAContactsFile, "contactos");

    public static readonly string TooLarge = $"El archivo supera el máximo de {MaxBytes / (1024 * 1024)} MB para importar contactos.";

    /// <summary>Copies the upload to a local file and checks it; its path, or the Spanish reason it was refused.</summary>
    public async Task<(string? Path, string? Error)> ReceiveAsync(Stream content, CancellationToken ct)
    {
        var path = TemporaryPath(data);
        long length = 0;
        await using (var target = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            var buffer = new byte[1 << 16];
            int read;
            while (length <= MaxBytes && (read = await content.ReadAsync(buffer, ct)) > 0)
            {
                length += read;
                await target.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }
        var problem = length == 0 ? "El archivo está vacío." : length > MaxBytes ? TooLarge : ImportBudget.Check(path, budgets.Value, Words);
        if (problem is not null)
        {
            File.Delete(path);
            return (null, problem);
        }
        return (path, null);
    }

    /// <summary>A new local file under RINDE_DATA_DIR/imports/contacts (the readers open a file, not a stream).</summary>
    public static string TemporaryPath(DataDirectory data)
    {
        var folder = Path.Combine(data.Root, "imports", "contacts");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"{Guid.NewGuid():N}.upload");
    }

    public async Task<ContactFileReading> ReadAsync(string path, CancellationToken ct)
    {
        var suppressed = (await db.Set<MailSuppression>().AsNoTracking().Select(s => s.Address).ToListAsync(ct)).ToHashSet();
        return ContactFile.Read(path, ColombiaTime.Today(clock), suppressed);
    }

    /// <summary>How many rows would be new and how many would update a contact of the list.</summary>
    public async Task<ContactImportResult> PreviewAsync(int listId, ContactFileReading reading, CancellationToken ct)
    {
        var known = await KnownAsync(listId, ct);
        var updated = reading.Rows.Count(r => known.Contains(r.Email));
        return new ContactImportResult(reading.Rows.Count - updated, updated, reading.Rejected);
    }

    /// <summary>Adds or updates every valid row in one save: the list changes completely or not at all.</summary>
    public async Task<ContactImportResult> ApplyAsync(int listId, ContactFileReading reading, CancellationToken ct)
    {
        var existing = await db.Set<Contact>().Where(c => c.ContactListId == listId).ToDictionaryAsync(c => c.Email, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var (imported, updated) = (0, 0);
        foreach (var row in reading.Rows)
        {
            if (!existing.TryGetValue(row.Email, out var contact))
            {
                contact = new Contact { ContactListId = listId, Email = row.Email };
                db.Add(contact);
                imported++;
            }
            else
            {
                updated++;
            }
            (contact.Name, contact.Organisation, contact.GroupType, contact.ConsentDate, contact.ConsentSource, contact.UpdatedAt) =
                (row.Name, row.Organisation, row.GroupType, row.ConsentDate, row.ConsentSource.Length > 0 ? row.ConsentSource : "Archivo importado", now);
        }
        await db.SaveChangesAsync(ct);
        return new ContactImportResult(imported, updated, reading.Rejected);
    }

    private async Task<HashSet<string>> KnownAsync(int listId, CancellationToken ct) =>
        (await db.Set<Contact>().AsNoTracking().Where(c => c.ContactListId == listId).Select(c => c.Email).ToListAsync(ct)).ToHashSet();
}
