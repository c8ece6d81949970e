using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Rinde.Tests.Hostile;

/// <summary>Files built to cost a reader as much as possible for their size.</summary>
public static class HostileFiles
{
    private const string Header = "Marca temporal,Comentarios\n";

    /// <summary>10 MB: a header of a million columns.</summary>
    public static byte[] MillionColumnsCsv() =>
        Encoding.UTF8.GetBytes("Marca temporal" + string.Concat(Enumerable.Repeat(",Pregunta", 1_000_000)) + "\n17/11/2021 9:45:12,Sí\n");

    /// <summary>An open answer of 40 KB.</summary>
    public static byte[] HugeCellCsv() =>
        Encoding.UTF8.GetBytes(Header + "17/11/2021 9:45:12,Bien\n17/11/2021 9:46:12," + new string('a', 40 * 1024) + "\n");

    public static byte[] ManyRowsCsv(int rows)
    {
        var text = new StringBuilder(Header);
        for (var i = 0; i < rows; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"17/11/2021 9:{i / 60 % 60:00}:{i % 60:00},Respuesta {i}\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static readonly Lazy<byte[]> HugeSheet = new(() => Xlsx(sheet: 300L * 1024 * 1024, sharedStrings: 0));
    private static readonly Lazy<byte[]> ManyStrings = new(() => Xlsx(sheet: 0, sharedStrings: 150_000));

    /// <summary>A few hundred KB that expand to a 300 MB sheet1.xml (the budget is 256 MB).</summary>
    public static byte[] HugeSheetXlsx() => HugeSheet.Value;

    /// <summary>150 000 shared strings (the tests' budget is 100 000), 4 MB expanded.</summary>
    public static byte[] ManySharedStringsXlsx() => ManyStrings.Value;

    private static byte[] Xlsx(long sheet, int sharedStrings)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>""");
            Add(zip, "xl/workbook.xml", """<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Hoja1" sheetId="1"/></sheets></workbook>""");
            using (var stream = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open())
            {
                Write(stream, """<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row>""");
                var chunk = Encoding.UTF8.GetBytes(new string(' ', 1 << 20));
                for (long written = 0; written < sheet; written += chunk.Length) stream.Write(chunk);
                Write(stream, "</sheetData></worksheet>");
            }
            using (var stream = zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.Fastest).Open())
            {
                Write(stream, """<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">""");
                var one = Encoding.UTF8.GetBytes("<si><t>Marca temporal</t></si>");
                for (var i = 0; i < sharedStrings + 1; i++) stream.Write(one);
                Write(stream, "</sst>");
            }
        }
        return output.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name).Open();
        Write(stream, text);
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// A PNG whose header says 30 000 × 30 000 RGBA (3,6 GB once decoded) and whose data is a
    /// few KB of compressed zeros: what a decoder would allocate is known only from the header.
    /// </summary>
    public static byte[] BombPng(int width = 30_000, int height = 30_000)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        (ihdr[8], ihdr[9]) = (8, 6);
        Chunk(output, "IHDR", ihdr);
        using var zeros = new MemoryStream();
        using (var z = new ZLibStream(zeros, CompressionLevel.SmallestSize, leaveOpen: true)) z.Write(new byte[4 * 1024 * 1024]);
        Chunk(output, "IDAT", zeros.ToArray());
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(length, System.IO.Hashing.Crc32.HashToUInt32(typed));
        output.Write(length);
    }
}
