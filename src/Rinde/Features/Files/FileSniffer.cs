namespace Rinde.Features.Files;

/// <summary>Recognises a file's type from its first bytes (magic numbers).</summary>
public static class FileSniffer
{
    public static readonly IReadOnlySet<string> AnnexTypes = new HashSet<string>
    {
        "image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf",
        // DOCX, XLSX and PPTX are all ZIP containers.
        "application/zip",
    };

    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> Zip => [0x50, 0x4B, 0x03, 0x04];

    public static string? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(Png)) return "image/png";
        if (head.StartsWith(Jpeg)) return "image/jpeg";
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)) return "image/gif";
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return "image/webp";
        if (head.StartsWith("%PDF-"u8)) return "application/pdf";
        if (head.StartsWith(Zip)) return "application/zip";
        return null;
    }

    public static string Describe(string contentType) => contentType switch
    {
        "image/png" or "image/jpeg" or "image/gif" or "image/webp" => "imágenes PNG, JPEG, GIF o WebP",
        "application/pdf" => "PDF",
        "application/zip" => "documentos de Office (DOCX, XLSX, PPTX)",
        _ => contentType,
    };
}
