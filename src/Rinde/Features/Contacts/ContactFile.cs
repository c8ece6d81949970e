using Rinde.Features.Files;
using Rinde.Infrastructure;

namespace Rinde.Features.Contacts;

/// <summary>A row of the file that becomes a contact (its address already normalised).</summary>
public sealed record ContactRow(int Row, string Name, string Email, string Organisation, string GroupType, DateOnly ConsentDate, string ConsentSource);

/// <summary>What a contacts file holds, or why it cannot be read at all.</summary>
public sealed record ContactFileReading(string? Problem, IReadOnlyList<string> Columns, List<ContactRow> Rows, List<RejectedRow> Rejected)
{
    public static ContactFileReading Refused(string problem) => new(problem, [], [], []);
}

/// <summary>
/// Reads a contacts CSV or XLSX already checked against the upload budgets (the survey
/// import's reader and budgets: <see cref="TableFile"/>, <see cref="Files.ImportBudget"/>). The
/// header names the columns, in any order; each row is judged alone, and a repeated address is
/// rejected where it repeats.
/// </summary>
public static class ContactFile
{
    private enum Field { Name, Email, Organisation, GroupType, ConsentDate, ConsentSource }

    private static readonly Dictionary<string, Field> Headers = new()
    {
        ["nombre"] = Field.Name, ["nombres"] = Field.Name, ["nombrecompleto"] = Field.Name, ["name"] = Field.Name,
        ["correo"] = Field.Email, ["correoelectronico"] = Field.Email, ["email"] = Field.Email, ["correoe"] = Field.Email, ["mail"] = Field.Email,
        ["organizacion"] = Field.Organisation, ["entidad"] = Field.Organisation, ["organization"] = Field.Organisation, ["empresa"] = Field.Organisation,
        ["tipodegrupo"] = Field.GroupType, ["tipodegrupodevalor"] = Field.GroupType, ["grupodevalor"] = Field.GroupType, ["tipo"] = Field.GroupType, ["grupo"] = Field.GroupType,
        ["fechadeconsentimiento"] = Field.ConsentDate, ["fechaconsentimiento"] = Field.ConsentDate, ["consentimiento"] = Field.ConsentDate, ["consentdate"] = Field.ConsentDate,
        ["fuentedelconsentimiento"] = Field.ConsentSource, ["fuenteconsentimiento"] = Field.ConsentSource, ["fuente"] = Field.ConsentSource,
        ["origendelconsentimiento"] = Field.ConsentSource, ["origen"] = Field.ConsentSource, ["consentsource"] = Field.ConsentSource,
    };

    private static readonly Dictionary<Field, string> Labels = new()
    {
        [Field.Name] = "Nombre", [Field.Email] = "Correo electrónico", [Field.Organisation] = "Organización", [Field.GroupType] = "Tipo de grupo",
        [Field.ConsentDate] = "Fecha de consentimiento", [Field.ConsentSource] = "Fuente del consentimiento",
    };

    public const string NotAContactsFile = "El archivo no es un CSV ni un XLSX que se pueda leer.";

    public static ContactFileReading Read(string path, DateOnly today, IReadOnlySet<string> suppressed)
    {
        using var file = TableFile.Open(path);
        if (file is null) return ContactFileReading.Refused(NotAContactsFile);
        using var rows = file.Rows().GetEnumerator();
        try
        {
            if (!rows.MoveNext()) return ContactFileReading.Refused("El archivo está vacío.");
            var columns = new Dictionary<Field, int>();
            var header = rows.Current.Cells;
            for (var i = 0; i < header.Length; i++)
            {
                if (Headers.TryGetValue(ContactRules.Key(header[i]), out var field)) columns.TryAdd(field, i);
            }
            foreach (var required in new[] { Field.Email, Field.ConsentDate })
            {
                if (!columns.ContainsKey(required))
                {
                    return ContactFileReading.Refused($"El archivo no tiene la columna «{Labels[required]}». La primera fila debe nombrar las columnas: "
                        + string.Join(", ", Labels.Values) + ".");
                }
            }
            var reading = new ContactFileReading(null, columns.OrderBy(c => c.Value).Select(c => Labels[c.Key]).ToList(), [], []);
            var seen = new Dictionary<string, int>();
            while (rows.MoveNext())
            {
                var row = rows.Current;
                if (Judge(row, columns, today, suppressed, seen) is { } rejected) reading.Rejected.Add(rejected);
                else reading.Rows.Add(Contact(row, columns));
            }
            return reading;
        }
        // Whatever the readers throw on a file that passed the budgets (a ZIP that is no workbook, broken XML).
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ContactFileReading.Refused(NotAContactsFile);
        }
    }

    private static string Cell(TableRow row, Dictionary<Field, int> columns, Field field) =>
        columns.TryGetValue(field, out var i) && i < row.Cells.Length ? ContactRules.Clean(row.Cells[i]) : "";

    private static RejectedRow? Judge(TableRow row, Dictionary<Field, int> columns, DateOnly today, IReadOnlySet<string> suppressed,
        Dictionary<string, int> seen)
    {
        RejectedRow Reject(string reason) => new(row.Number, reason);
        if (row.Error is { } malformed) return Reject(malformed);
        foreach (var (field, label) in Labels)
        {
            var value = Cell(row, columns, field);
            if (ContactRules.LooksLikeFormula(value)) return Reject($"La celda «{label}» empieza como una fórmula de hoja de cálculo (=, +, -, @); no se importa.");
            if (value.Length > (field is Field.Name or Field.GroupType ? ContactRules.MaxName : ContactRules.MaxText))
                return Reject($"La celda «{label}» es demasiado larga.");
        }
        var raw = Cell(row, columns, Field.Email);
        if (raw.Length == 0) return Reject("Falta el correo electrónico.");
        if (ContactRules.Email(raw) is not { } email) return Reject($"«{Short(raw)}» no es una dirección de correo válida.");
        if (ContactRules.Date(Cell(row, columns, Field.ConsentDate)) is not { } consent)
            return Reject("Falta la fecha de consentimiento o no es una fecha (use AAAA-MM-DD o DD/MM/AAAA); sin consentimiento no se puede escribir a nadie (Ley 1581 de 2012).");
        if (consent > today) return Reject("La fecha de consentimiento es posterior a hoy.");
        if (suppressed.Contains(email)) return Reject($"{email} pidió no recibir más mensajes de la entidad; no se agrega a ninguna lista.");
        if (seen.TryGetValue(email, out var first)) return Reject($"{email} ya aparece en la fila {EsCo.Count(first)}.");
        seen[email] = row.Number;
        return null;
    }

    private static ContactRow Contact(TableRow row, Dictionary<Field, int> columns) => new(row.Number,
        Cell(row, columns, Field.Name), ContactRules.Email(Cell(row, columns, Field.Email))!, Cell(row, columns, Field.Organisation),
        Cell(row, columns, Field.GroupType), ContactRules.Date(Cell(row, columns, Field.ConsentDate))!.Value, Cell(row, columns, Field.ConsentSource));

    private static string Short(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
