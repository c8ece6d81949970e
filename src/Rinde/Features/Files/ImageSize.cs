using System.Buffers.Binary;

namespace Rinde.Features.Files;

/// <summary>
/// An image's width and height as its header states them, read without decoding a pixel: a
/// 30 000 × 30 000 PNG of a few KB (a decompression bomb) is known for what it is from 24 bytes.
/// </summary>
public static class ImageSize
{
    /// <summary>The stated size, or null when the header cannot be read (then the image is refused).</summary>
    public static (int Width, int Height)? Read(Stream image, string contentType)
    {
        var head = new byte[32];
        image.Position = 0;
        var length = image.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        ReadOnlySpan<byte> h = head.AsSpan(0, length);
        return contentType switch
        {
            "image/png" when length >= 24 && h[12..16].SequenceEqual("IHDR"u8) =>
                Checked(BinaryPrimitives.ReadInt32BigEndian(h[16..]), BinaryPrimitives.ReadInt32BigEndian(h[20..])),
            "image/gif" when length >= 10 =>
                Checked(BinaryPrimitives.ReadUInt16LittleEndian(h[6..]), BinaryPrimitives.ReadUInt16LittleEndian(h[8..])),
            "image/webp" when length >= 30 => WebP(h),
            "image/jpeg" => Jpeg(image),
            _ => null,
        };
    }

    private static (int, int)? Checked(long width, long height) =>
        width is > 0 and <= int.MaxValue && height is > 0 and <= int.MaxValue ? ((int)width, (int)height) : null;

    private static (int, int)? WebP(ReadOnlySpan<byte> h)
    {
        var chunk = h[12..16];
        if (chunk.SequenceEqual("VP8X"u8))
        {
            return Checked(1 + (h[24] | h[25] << 8 | h[26] << 16), 1 + (h[27] | h[28] << 8 | h[29] << 16));
        }
        if (chunk.SequenceEqual("VP8L"u8) && h[20] == 0x2F)
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(h[21..]);
            return Checked(1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF));
        }
        if (chunk.SequenceEqual("VP8 "u8) && h[23] == 0x9D && h[24] == 0x01 && h[25] == 0x2A)
        {
            return Checked(BinaryPrimitives.ReadUInt16LittleEndian(h[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(h[28..]) & 0x3FFF);
        }
        return null;
    }

    /// <summary>Walks the JPEG's segments (skipping their bodies) to the frame header that states the size.</summary>
    private static (int, int)? Jpeg(Stream image)
    {
        Span<byte> b = stackalloc byte[7];
        image.Position = 2;
        while (image.ReadAtLeast(b[..2], 2, throwOnEndOfStream: false) == 2)
        {
            if (b[0] != 0xFF) return null;
            var marker = b[1];
            if (marker == 0xFF)
            {
                image.Position--; // fill byte
                continue;
            }
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7)) continue;
            if (marker is 0xD9 or 0xDA) return null; // end or scan before any frame header
            if (image.ReadAtLeast(b[..2], 2, throwOnEndOfStream: false) < 2) return null;
            var size = BinaryPrimitives.ReadUInt16BigEndian(b);
            if (size < 2) return null;
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (image.ReadAtLeast(b[..5], 5, throwOnEndOfStream: false) < 5) return null;
                return Checked(BinaryPrimitives.ReadUInt16BigEndian(b[3..]), BinaryPrimitives.ReadUInt16BigEndian(b[1..]));
            }
            image.Position += size - 2;
        }
        return null;
    }
}
