using System.Buffers;
using System.Text;

namespace Rinde.Features.Survey.Responses.Blocks;

/// <summary>
/// One cell's answer to one question, packed once: a count, then per answer an option's
/// position + 1, or 0 and the text in UTF-8. A block stores each distinct cell of a question
/// once and every response names it by its place in that table, a byte or two.
/// </summary>
public sealed class PackedCell
{
    /// <summary>No answer: place 0 of every question's table.</summary>
    public static readonly PackedCell Blank = new([0], [], []);

    /// <summary>The block this cell last went into (<see cref="BlockWriter"/>'s numbering), its place and its uses there.</summary>
    internal int Block = -1;
    internal int Place;
    internal int Uses;

    private PackedCell(byte[] bytes, int[] options, string[] texts)
    {
        Bytes = bytes;
        Options = options;
        Texts = texts;
    }

    public byte[] Bytes { get; }

    /// <summary>Positions of the chosen options in the question's option list.</summary>
    public int[] Options { get; }

    /// <summary>What was typed: the answer of an open question, or values of a closed one that are no option.</summary>
    public string[] Texts { get; }

    public bool Given => Options.Length + Texts.Length > 0;

    public static PackedCell Create(IReadOnlyList<int> options, IReadOnlyList<string> texts)
    {
        if (options.Count + texts.Count == 0) return Blank;
        var buffer = new ArrayBufferWriter<byte>(16);
        Varint.Write(buffer, options.Count + texts.Count);
        foreach (var option in options) Varint.Write(buffer, option + 1);
        foreach (var text in texts)
        {
            Varint.Write(buffer, 0);
            var bytes = Encoding.UTF8.GetBytes(text);
            Varint.Write(buffer, bytes.Length);
            buffer.Write(bytes);
        }
        return new PackedCell(buffer.WrittenSpan.ToArray(), [.. options], [.. texts]);
    }
}

/// <summary>Unsigned LEB128: small numbers take one byte.</summary>
public static class Varint
{
    public static void Write(IBufferWriter<byte> buffer, int value)
    {
        var span = buffer.GetSpan(5);
        var i = 0;
        var v = (uint)value;
        while (v >= 0x80)
        {
            span[i++] = (byte)(v | 0x80);
            v >>= 7;
        }
        span[i++] = (byte)v;
        buffer.Advance(i);
    }

    public static int Read(ReadOnlySpan<byte> data, ref int offset)
    {
        uint value = 0;
        var shift = 0;
        byte b;
        do
        {
            b = data[offset++];
            value |= (uint)(b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);
        return (int)value;
    }
}
