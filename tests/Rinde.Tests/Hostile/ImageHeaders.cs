using System.Buffers.Binary;
using System.Text;
using Rinde.Features.Files;

namespace Rinde.Tests.Hostile;

/// <summary>Image headers that state a size, for each format Rinde takes.</summary>
public static class ImageHeaders
{
    public static byte[] Bomb(string format, int width = 30_000, int height = 30_000) => format switch
    {
        "png" => HostileFiles.BombPng(width, height),
        "gif" => [.. "GIF89a"u8, .. Le16(width), .. Le16(height), 0xF7, 0, 0, .. new byte[64]],
        "webp" => WebP(width, height),
        _ => Jpeg(width, height),
    };

    private static byte[] Le16(int value) => [(byte)value, (byte)(value >> 8)];

    private static byte[] WebP(int width, int height)
    {
        var (w, h) = (width - 1, height - 1);
        byte[] vp8x = [.. "VP8X"u8, 10, 0, 0, 0, 0, 0, 0, 0, (byte)w, (byte)(w >> 8), (byte)(w >> 16), (byte)h, (byte)(h >> 8), (byte)(h >> 16)];
        return [.. "RIFF"u8, .. BitConverter.GetBytes(4 + vp8x.Length), .. "WEBP"u8, .. vp8x, .. new byte[64]];
    }

    /// <summary>SOI, an APP0 segment to walk over, then the frame header (SOF0) with the size.</summary>
    private static byte[] Jpeg(int width, int height)
    {
        var sof = new byte[] { 0xFF, 0xC0, 0, 17, 8, 0, 0, 0, 0, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1 };
        BinaryPrimitives.WriteUInt16BigEndian(sof.AsSpan(5), (ushort)height);
        BinaryPrimitives.WriteUInt16BigEndian(sof.AsSpan(7), (ushort)width);
        byte[] app0 = [0xFF, 0xE0, 0, 16, .. Encoding.ASCII.GetBytes("JFIF\0"), 1, 1, 0, 0, 1, 0, 1, 0, 0];
        return [0xFF, 0xD8, .. app0, .. sof, 0xFF, 0xDA, 0, 8, 1, 1, 0, 0, 63, 0, 0xFF, 0xD9];
    }
}

/// <summary>The header reader gives each format's stated size without decoding.</summary>
public sealed class ImageSizeTests
{
    [Theory]
    [InlineData("png", "image/png")]
    [InlineData("gif", "image/gif")]
    [InlineData("webp", "image/webp")]
    [InlineData("jpeg", "image/jpeg")]
    public void Reads_the_stated_size(string format, string type)
    {
        using var stream = new MemoryStream(ImageHeaders.Bomb(format, 30_000, 20_000));
        Assert.Equal(type, FileSniffer.Detect(ImageHeaders.Bomb(format)));
        Assert.Equal((30_000, 20_000), ImageSize.Read(stream, type));
    }

    [Fact]
    public void A_jpeg_without_a_frame_header_has_no_size()
    {
        using var stream = new MemoryStream([0xFF, 0xD8, 0xFF, 0xDA, 0, 2, 0xFF, 0xD9]);
        Assert.Null(ImageSize.Read(stream, "image/jpeg"));
    }
}
