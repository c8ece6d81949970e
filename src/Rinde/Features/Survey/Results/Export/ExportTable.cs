using System.Globalization;
using CsvHelper;
using MiniExcelLibs;
using Rinde.Infrastructure;

namespace Rinde.Features.Survey.Results.Export;

/// <summary>
/// A table to download, written to a temporary file first (rows are streamed from the
/// database, and Kestrel forbids synchronous writes to the response) and deleted when served.
/// </summary>
public sealed record ExportTable(IReadOnlyList<string> Headers, IEnumerable<object?[]> Rows)
{
    /// <summary>
    /// Semicolons, decimal commas and a BOM: what Excel configured for Colombia opens
    /// correctly with a double click.
    /// </summary>
    public FileStream WriteCsv()
    {
        var file = TempFile();
        // Open answers may start like a formula ("=..."): escaped so a spreadsheet shows them as text.
        var options = new CsvWriterOptions { Separator = ';', WriteByteOrderMark = true, Injection = CsvInjection.Escape };
        using (var csv = CsvWriter.Create(file, options, leaveOpen: true))
        {
            csv.WriteRecord([.. Headers]);
            foreach (var row in Rows)
            {
                foreach (var value in row)
                {
                    csv.WriteField(value switch
                    {
                        decimal d => d.ToString("0.0", EsCo.Culture),
                        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                        _ => value?.ToString() ?? "",
                    });
                }
                csv.EndRecord();
            }
        }
        file.Position = 0;
        return file;
    }

    public FileStream WriteXlsx()
    {
        var file = TempFile();
        var headers = UniqueHeaders();
        using var rows = Rows.GetEnumerator();
        if (rows.MoveNext())
        {
            MiniExcel.SaveAs(file, Continue(rows).Select(row => ToRecord(headers, row)), sheetName: "Datos", excelType: ExcelType.XLSX);
        }
        else
        {
            // Without rows MiniExcel cannot see the columns; a table still names them.
            using var empty = new System.Data.DataTable("Datos");
            headers.ForEach(h => empty.Columns.Add(h));
            MiniExcel.SaveAs(file, empty, sheetName: "Datos", excelType: ExcelType.XLSX);
        }
        file.Position = 0;
        return file;
    }

    private static IEnumerable<object?[]> Continue(IEnumerator<object?[]> started)
    {
        do
        {
            yield return started.Current;
        }
        while (started.MoveNext());
    }

    private static Dictionary<string, object?> ToRecord(List<string> headers, object?[] row)
    {
        var record = new Dictionary<string, object?>(headers.Count);
        for (var i = 0; i < headers.Count; i++)
        {
            record[headers[i]] = i < row.Length ? row[i] : null;
        }
        return record;
    }

    /// <summary>Two questions may share a title; a sheet's columns may not.</summary>
    private List<string> UniqueHeaders()
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var unique = new List<string>(Headers.Count);
        foreach (var header in Headers)
        {
            var n = seen[header] = seen.GetValueOrDefault(header) + 1;
            unique.Add(n == 1 ? header : $"{header} ({n})");
        }
        return unique;
    }

    private static FileStream TempFile() =>
        new(Path.Combine(Path.GetTempPath(), $"rinde-export-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
}
