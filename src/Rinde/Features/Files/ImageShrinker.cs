using SkiaSharp;

namespace Rinde.Features.Files;

/// <summary>
/// Scales an image down once, when it is stored, to <see cref="UploadBudgets.StoredImageMaxSide"/>
/// on its longer side: a 48-megapixel phone photo would otherwise be read whole by every acta
/// that shows it. Only images within the pixel budget get here. The photo's EXIF orientation is
/// applied, since the new file carries no EXIF. GIF becomes PNG (SkiaSharp writes no GIF).
/// </summary>
internal static class ImageShrinker
{
    /// <summary>Replaces the file at path with a smaller copy when it is larger than needed; true when it did.</summary>
    public static bool ShrinkIfLarger(string path, int maxSide)
    {
        using var codec = SKCodec.Create(path);
        if (codec is null || Math.Max(codec.Info.Width, codec.Info.Height) <= maxSide) return false;
        var scale = (float)maxSide / Math.Max(codec.Info.Width, codec.Info.Height);
        // JPEG decodes directly at 1/2, 1/4 or 1/8 of its size: much less memory for a big photo.
        var decodeSize = codec.GetScaledDimensions(Math.Max(scale, 0.125f));
        using var decoded = SKBitmap.Decode(codec, codec.Info.WithSize(decodeSize));
        if (decoded is null) return false;
        var size = new SKSizeI(Math.Max(1, (int)Math.Round(codec.Info.Width * scale)), Math.Max(1, (int)Math.Round(codec.Info.Height * scale)));
        using var resized = decoded.Resize(new SKImageInfo(size.Width, size.Height, decoded.ColorType, decoded.AlphaType),
            new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        if (resized is null) return false;
        using var upright = Orient(resized, codec.EncodedOrigin);
        var (format, quality) = codec.EncodedFormat switch
        {
            SKEncodedImageFormat.Jpeg => (SKEncodedImageFormat.Jpeg, 85),
            SKEncodedImageFormat.Webp => (SKEncodedImageFormat.Webp, 85),
            _ => (SKEncodedImageFormat.Png, 100),
        };
        using var data = upright.Encode(format, quality);
        if (data is null) return false;
        codec.Dispose();
        using (var target = File.Create(path + ".small"))
        {
            data.SaveTo(target);
        }
        File.Move(path + ".small", path, overwrite: true);
        return true;
    }

    /// <summary>The bitmap as the camera meant it to be seen (EXIF orientation applied).</summary>
    private static SKBitmap Orient(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        var swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var result = new SKBitmap(swap ? bitmap.Height : bitmap.Width, swap ? bitmap.Width : bitmap.Height, bitmap.ColorType, bitmap.AlphaType);
        using var canvas = new SKCanvas(result);
        var (w, h) = (bitmap.Width, bitmap.Height);
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => SKMatrix.Identity,
        };
        canvas.SetMatrix(matrix);
        canvas.DrawBitmap(bitmap, 0, 0);
        return result;
    }
}
