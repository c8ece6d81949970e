using System.Globalization;
using System.Text;
using CsvHelper;
using MiniExcelLibs;

namespace Rinde.Features.Files;

/// <summary>How the table is written: a CSV whose cells are quoted (Google Forms' download), a plain CSV (a sheet saved as CSV), or an XLSX.</summary>
public enum TableFileKind { QuotedCsv, PlainCsv, Xlsx }

/// <summary>A row refused on import, with the Spanish reason (the row number as the spreadsheet shows it).</summary>
public sealed record RejectedRow(int Row, string Reason);

/// <summary>A record of the file: its row number as the spreadsheet shows it (the header is row 1).</summary>
public sealed record TableRow(int Number, string[] Cells, string? Error = null);

/// <summary>
/// Reads an imported table one record at a time (never the whole file): a CSV in either shape,
/// or an XLSX. The kind is decided from the bytes. Check it first with <see cref="ImportBudget"/>.
/// </summary>
public sealed class TableFile : IDisposable
{
    private static ReadOnlySpan<byte> Zip => [0x50, 0x4B, 0x03, 0x04];

    private readonly Stream stream;
    private CsvReader? csv;

    // The scanner may look ahead (and, reading in parallel, runs on its own thread): problems are
    // kept by record number until that record is reached.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, string> malformed = new();

    private TableFile(Stream stream, TableFileKind kind)
    {
        this.stream = stream;
        Kind = kind;
    }

    public TableFileKind Kind { get; }


    public static TableFile? Open(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        Span<byte> head = stackalloc byte[512];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        stream.Position = 0;
        TableFileKind? kind = head.StartsWith(Zip) ? TableFileKind.Xlsx
            : head.Contains((byte)0) || read == 0 ? null
            : (head.StartsWith("\uFEFF"u8) ? head[3..] : head).StartsWith("\""u8) ? TableFileKind.QuotedCsv
            : TableFileKind.PlainCsv;
        if (kind is null)
        {
            stream.Dispose();
            return null;
        }
        return new TableFile(stream, kind.Value);
    }

    /// <summary>Every record, the header first.</summary>
    public IEnumerable<TableRow> Rows() => Kind == TableFileKind.Xlsx ? XlsxRows() : CsvRows();

    private IEnumerable<TableRow> CsvRows()
    {
        stream.Position = 0;
        using var reader = CsvReader.Create(stream, CsvTables.Options(r => malformed[r.RecordNumber] = Reason(r.Reason)), leaveOpen: true);
        csv = reader;
        var number = 0;
        while (reader.Read())
        {
            number++;
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++) cells[i] = reader.GetString(i);
            if (number == 1 && cells.Length > 0) cells[0] = cells[0].TrimStart('\uFEFF');
            // Rows left empty by someone who edited the sheet (",,,,") are no responses.
            if (number > 1 && Array.TrueForAll(cells, string.IsNullOrWhiteSpace)) continue;
            yield return new TableRow(number, cells, MalformedReason(number));
        }
    }

    /// <summary>
    /// The CSV records after those <see cref="Rows"/> has given, mapped by the parser on several
    /// threads, in order (a record's number is the reader's <c>RowNumber</c>).
    /// </summary>
    public IEnumerable<T> RestInParallel<T>(Func<CsvReader, T> map) =>
        (csv ?? throw new InvalidOperationException("Rows() must be read first.")).ParallelEnumerate(map, -1);

    /// <summary>Why the record with this number is malformed, once; null when it is not.</summary>
    public string? MalformedReason(long number) => malformed.TryRemove(number, out var problem) ? problem : null;

    private static string Reason(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.UnterminatedQuote => "Tiene unas comillas que nunca se cierran.",
        _ => "Tiene comillas mal puestas.",
    };

    private IEnumerable<TableRow> XlsxRows()
    {
        stream.Position = 0;
        var number = 0;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            number++;
            var cells = row.Values.Select(Text).ToArray();
            var last = Array.FindLastIndex(cells, c => c.Length > 0);
            if (last < 0) continue;
            yield return new TableRow(number, cells);
        }
    }

    private static string Text(object? cell) => cell switch
    {
        null => "",
        DateTime date => date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };

    public void Dispose() => stream.Dispose();
}
