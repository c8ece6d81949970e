using System.Net;
using System.Text;
using System.Text.Json;
using Rinde.Tests.Infrastructure;
using static Rinde.Tests.Contacts.ContactSetup;

namespace Rinde.Tests.Hostile;

/// <summary>
/// Contacts files built to hurt: formulas, control characters, bad addresses, too large, too
/// wide, an XLSX that expands to 300 MB. Each is refused (the file, or the row with its reason)
/// in Spanish, within the memory budget, and nothing hostile is stored.
/// </summary>
public abstract class HostileContactImportTests(RindeFactory factory)
{
    public static TheoryData<string> Files => ["millon-de-columnas.csv", "bomba.xlsx", "enorme.csv", "binario.csv"];

    private static (byte[] Bytes, string Reason, HttpStatusCode Status) File(string name) => name switch
    {
        "millon-de-columnas.csv" => (HostileFiles.MillionColumnsCsv(), "columnas; se aceptan hasta 500", HttpStatusCode.BadRequest),
        "bomba.xlsx" => (HostileFiles.HugeSheetXlsx(), "MB descomprimido", HttpStatusCode.BadRequest),
        "enorme.csv" => (Encoding.UTF8.GetBytes(Header + new string('a', 21 * 1024 * 1024)), "supera el máximo de 20 MB", HttpStatusCode.RequestEntityTooLarge),
        _ => ([0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x41], "no es un CSV ni un XLSX", HttpStatusCode.BadRequest),
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task The_api_refuses_the_file_in_spanish_within_budget(string name)
    {
        var (list, _) = NewList(factory);
        var (bytes, reason, status) = File(name);
        var staff = await factory.CreateStaffClientAsync();
        var probe = MemoryProbe.Start();
        var response = await ImportAsync(staff, list.ToString(System.Globalization.CultureInfo.InvariantCulture), bytes, name);
        probe.AssertWithinBudget(name);
        Assert.Equal(status, response.StatusCode);
        Assert.Contains(reason, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(ContactsOf(factory, list));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(factory.DataDir, "imports", "contacts")));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task The_page_refuses_the_file_next_to_its_field(string name)
    {
        var (list, _) = NewList(factory);
        var (bytes, reason, status) = File(name);
        var browser = await StaffBrowser.SignInAsync(factory);
        var response = await browser.SubmitAsync($"/staff/contactos/{list}", [], "Preview", ("archivo", name, bytes));
        Assert.Equal(status == HttpStatusCode.BadRequest ? HttpStatusCode.UnprocessableEntity : status, response.StatusCode);
        Assert.Contains(reason, (await StaffBrowser.ParseAsync(response)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(ContactsOf(factory, list));
    }

    [Fact]
    public async Task Formula_cells_control_characters_and_bad_addresses_are_refused_row_by_row()
    {
        var (list, _) = NewList(factory);
        var staff = await factory.CreateStaffClientAsync();
        var body = await ImportOkAsync(staff, list, Csv(
            "\"=HYPERLINK(\"\"https://malo.example\"\",\"\"clic\"\")\",a@correo.co,,,2026-01-01,\n" +
            "Beto,b@correo.co,+cmd|' /C calc'!A0,,2026-01-01,\n" +
            "Carla,c@correo.co,,@SUM(1+1),2026-01-01,\n" +
            "Dora,d@correo.co,-2+3+cmd,,2026-01-01,\n" +
            "Eva\u0007\u001b[31m,e@correo.co,Org\u0008anización,,2026-01-01,\n" +
            "Fabio,\"f@correo.co\r\nBcc: todos@correo.co\",,,2026-01-01,\n" +
            "Gina,\"Gina <g@correo.co>\",,,2026-01-01,\n" +
            "Hugo,h@correo.co;i@correo.co,,,2026-01-01,\n" +
            "Iris,iris@localhost,,,2026-01-01,\n" +
            "Juan,juan@correo.co,,,2999-01-01,\n" +
            "Kike,kike@correo.co,-,,2026-01-01,\n"));
        var reasons = Reasons(body);
        Assert.True(reasons.Length == 9, string.Join("\n", reasons));
        Assert.All(reasons[..4], r => Assert.Contains("fórmula de hoja de cálculo", r));
        Assert.All(reasons[4..8], r => Assert.Contains("no es una dirección de correo válida", r));
        Assert.Contains("posterior a hoy", reasons[8]);
        Assert.Equal(2, body.GetProperty("imported").GetInt32());
        var stored = ContactsOf(factory, list);
        Assert.Equal(["e@correo.co", "kike@correo.co"], stored.Select(c => c.Email));
        // Control characters are removed at entry, as everywhere (TextInput); a lone "-" is an empty cell.
        Assert.Equal(("Eva[31m", "Organización"), (stored[0].Name, stored[0].Organisation));
        Assert.Equal("", stored[1].Organisation);
    }
}

public sealed class SqliteHostileContactImportTests(SqliteFactory factory) : HostileContactImportTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresHostileContactImportTests(PostgresFactory factory) : HostileContactImportTests(factory), IClassFixture<PostgresFactory>;
