using System.IO.Compression;
using System.Xml;
using Rinde.Infrastructure;

namespace Rinde.Features.Files;

/// <summary>
/// An XLSX is a ZIP of XML parts: a 1 MB file can hold gigabytes once expanded, a sheet can claim
/// 16 384 columns, and sharedStrings can list millions of texts. Before MiniExcel opens it, the
/// parts' stated sizes are added up, then every XML part is expanded once through a
/// <see cref="XmlGuard"/> (actual bytes, not what the ZIP claims) and the sheets and shared strings
/// are walked with a streaming reader.
/// </summary>
public static class XlsxBudget
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true, IgnoreComments = true,
    };

    public static string? Check(string path, UploadBudgets b, TableWords words)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            if (zip.Entries.Sum(e => e.Length) > b.MaxXlsxExpandedBytes) return Expanded(b);
            var guard = new XmlGuard.Budget(b.MaxXlsxExpandedBytes, b.MaxCellBytes + 4096);
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
                || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
            {
                using var part = new XmlGuard(entry.Open(), guard);
                var problem = entry.FullName switch
                {
                    "xl/sharedStrings.xml" => SharedStrings(part, b),
                    _ when entry.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) => Sheet(part, b, words),
                    _ => Drain(part),
                };
                if (problem is not null) return problem;
            }
            return null;
        }
        catch (XmlGuard.ExpandedTooLarge)
        {
            return Expanded(b);
        }
        catch (XmlGuard.NodeTooLarge)
        {
            return $"El libro de Excel tiene una celda o una etiqueta de más de {b.MaxCellBytes / 1024} KB; se aceptan celdas de hasta {b.MaxCellBytes / 1024} KB.";
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or XmlGuard.Unsupported)
        {
            return words.NotReadable;
        }
    }

    private static string Expanded(UploadBudgets b) =>
        $"El libro de Excel ocupa más de {b.MaxXlsxExpandedBytes / (1024 * 1024)} MB descomprimido; se aceptan hasta "
        + $"{b.MaxXlsxExpandedBytes / (1024 * 1024)} MB. Exporte las respuestas en varios archivos o como CSV.";

    private static string? Drain(Stream part)
    {
        part.CopyTo(Stream.Null);
        return null;
    }

    private static string? Sheet(Stream part, UploadBudgets b, TableWords words)
    {
        using var xml = XmlReader.Create(part, Settings);
        long rows = 0, row = 0, cells = 0;
        while (xml.Read())
        {
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace && System.Text.Encoding.UTF8.GetByteCount(xml.Value) > b.MaxCellBytes)
            {
                return ImportBudget.CellTooLarge(row, b);
            }
            if (xml.NodeType != XmlNodeType.Element) continue;
            switch (xml.LocalName)
            {
                case "dimension" when xml.GetAttribute("ref") is { } range:
                    var (lastColumn, lastRow) = Cell(range[(range.IndexOf(':', StringComparison.Ordinal) + 1)..]);
                    if (lastColumn > b.MaxColumns) return ImportBudget.TooManyColumns(1, lastColumn, b);
                    if (lastRow > b.MaxRows) return ImportBudget.TooManyRows(b, words);
                    break;
                case "row":
                    row = long.TryParse(xml.GetAttribute("r"), out var r) ? r : row + 1;
                    // MiniExcel gives every missing row in between: a row numbered a million costs a million rows.
                    if (++rows > b.MaxRows || row > b.MaxRows) return ImportBudget.TooManyRows(b, words);
                    cells = 0;
                    break;
                case "c" when ++cells > b.MaxColumns:
                    return ImportBudget.TooManyColumns(row, cells, b);
                case "c" when xml.GetAttribute("r") is { } reference && Cell(reference).Column is var column && column > b.MaxColumns:
                    return ImportBudget.TooManyColumns(row, column, b);
            }
        }
        return null;
    }

    private static string? SharedStrings(Stream part, UploadBudgets b)
    {
        using var xml = XmlReader.Create(part, Settings);
        long strings = 0, bytes = 0;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
            {
                bytes = 0;
                if (++strings > b.MaxSharedStrings)
                {
                    return $"El libro de Excel tiene más de {EsCo.Count(b.MaxSharedStrings)} textos distintos; se aceptan hasta {EsCo.Count(b.MaxSharedStrings)}.";
                }
            }
            else if (xml.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace
                && (bytes += System.Text.Encoding.UTF8.GetByteCount(xml.Value)) > b.MaxCellBytes)
            {
                return $"El libro de Excel tiene un texto de más de {b.MaxCellBytes / 1024} KB; se aceptan celdas de hasta {b.MaxCellBytes / 1024} KB.";
            }
        }
        return null;
    }

    /// <summary>"AB12" → column 28, row 12 (letters or digits missing count as 0).</summary>
    private static (long Column, long Row) Cell(string reference)
    {
        long column = 0, row = 0;
        foreach (var c in reference)
        {
            if (char.IsAsciiLetter(c)) column = Math.Min(column * 26 + (char.ToUpperInvariant(c) - 'A' + 1), int.MaxValue);
            else if (char.IsAsciiDigit(c)) row = Math.Min(row * 10 + (c - '0'), int.MaxValue);
        }
        return (column, row);
    }
}
