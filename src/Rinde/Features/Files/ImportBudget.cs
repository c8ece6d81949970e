using CsvHelper;
using Rinde.Infrastructure;

namespace Rinde.Features.Files;

/// <summary>How one kind of imported table names what cannot be read and what its rows are.</summary>
public sealed record TableWords(string NotReadable, string Rows);

/// <summary>
/// Checks an imported table (a CSV or an XLSX: survey responses, contacts) against <see cref="UploadBudgets"/> once, as it arrives and before any
/// reader that trusts it (CsvHelper's records, MiniExcel's rows) sees it: a file within the
/// budgets costs at most a few hundred MB however it is built; any other is refused in Spanish.
/// </summary>
public static class ImportBudget
{
    private static ReadOnlySpan<byte> Zip => [0x50, 0x4B, 0x03, 0x04];

    public static string? Check(string path, UploadBudgets budgets, TableWords words)
    {
        Span<byte> head = stackalloc byte[4];
        using (var probe = File.OpenRead(path))
        {
            if (probe.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 && head.SequenceEqual(Zip))
            {
                return XlsxBudget.Check(path, budgets, words);
            }
        }
        return CheckCsv(path, budgets, words);
    }

    public static string TooManyColumns(long row, long columns, UploadBudgets b) =>
        $"La fila {EsCo.Count(row)} del archivo tiene {EsCo.Count(columns)} columnas; se aceptan hasta {EsCo.Count(b.MaxColumns)}.";

    public static string CellTooLarge(long row, UploadBudgets b) =>
        $"La fila {EsCo.Count(row)} del archivo tiene una celda de más de {b.MaxCellBytes / 1024} KB; se aceptan celdas de hasta {b.MaxCellBytes / 1024} KB.";

    public static string TooManyRows(UploadBudgets b, TableWords words) =>
        $"El archivo tiene más de {EsCo.Count(b.MaxRows - 1)} {words.Rows}; divídalo en archivos más pequeños e impórtelos uno a uno.";

    /// <summary>One pass of the parser, reading no field as text: widths, cell sizes and the number of records.</summary>
    private static string? CheckCsv(string path, UploadBudgets b, TableWords words)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = CsvReader.Create(stream, CsvTables.Options() with { MaxRecordSize = b.MaxRecordBytes });
        long row = 0;
        try
        {
            while (reader.Read())
            {
                if (++row > b.MaxRows) return TooManyRows(b, words);
                if (reader.FieldCount > b.MaxColumns) return TooManyColumns(row, reader.FieldCount, b);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (reader.GetRawSpan(i).Length > b.MaxCellBytes) return CellTooLarge(row, b);
                }
            }
        }
        catch (CsvFormatException)
        {
            // Only a record longer than MaxRecordSize throws here (malformed quotes are reported row by row later).
            return $"La fila {EsCo.Count(row + 1)} del archivo no termina antes de {b.MaxRecordBytes / (1024 * 1024)} MB: "
                + "revise que no tenga unas comillas sin cerrar.";
        }
        return null;
    }
}
