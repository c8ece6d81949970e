using Rinde.Features.Files;
using SkiaSharp;

namespace Rinde.Features.Acta.Model;

/// <summary>
/// Reads stored images for the acta. PNG and JPEG pass as they are; GIF and WebP become PNG
/// because Word does not show WebP. A missing or unreadable file is left out, not fatal:
/// the acta must still print.
/// </summary>
public sealed class ActaImageLoader(FileStore files, ILogger<ActaImageLoader> logger)
{
    public async Task<ActaImage?> LoadAsync(StoredFile file, string caption, string source, CancellationToken ct)
    {
        if (!FileStore.ImageTypes.Contains(file.ContentType))
        {
            return null;
        }
        byte[] bytes;
        try
        {
            bytes = await files.ReadAllAsync(file, ct);
        }
        catch (IOException e)
        {
            logger.LogWarning(e, "No se pudo leer la imagen {FileId} del acta", file.Id);
            return null;
        }
        return FromBytes(bytes, file.ContentType, caption, source);
    }

    public static ActaImage? FromBytes(byte[] bytes, string contentType, string caption, string source)
    {
        using var codec = SKCodec.Create(new MemoryStream(bytes));
        if (codec is null)
        {
            return null;
        }
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (contentType is "image/png" or "image/jpeg")
        {
            return new ActaImage(bytes, contentType, width, height, caption, source);
        }
        using var bitmap = SKBitmap.Decode(bytes);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return new ActaImage(data.ToArray(), "image/png", width, height, caption, source);
    }
}
