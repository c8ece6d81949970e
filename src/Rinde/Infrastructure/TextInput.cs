using System.Text;

namespace Rinde.Infrastructure;

/// <summary>
/// The one rule for characters that may enter Rinde: C0 control characters other than tab, line
/// feed and carriage return, the non-characters U+FFFE and U+FFFF, and lone surrogates are removed.
/// XML (so DOCX) cannot hold them, and a single one from an anonymous citizen would stop the
/// acta from being generated. Forms (<see cref="CleanTextBinding"/>), JSON bodies
/// (<see cref="CleanTextJsonConverter"/>), survey imports and uploaded file names call
/// <see cref="Clean"/>; the acta writers call it again, so stored data from before cannot break them.
/// </summary>
public static class TextInput
{
    public static bool IsForbidden(char c) => (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF';

    /// <summary>The same text without forbidden characters (the same instance when there is none).</summary>
    public static string Clean(string text)
    {
        var first = FirstForbidden(text);
        if (first < 0)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (!IsForbidden(c) && !char.IsSurrogate(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    public static string? CleanOrNull(string? text) => text is null ? null : Clean(text);

    /// <summary>The index of the first character to remove, or -1.</summary>
    public static int FirstForbidden(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= ' ' && c < '\uD800')
            {
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (IsForbidden(c) || char.IsSurrogate(c))
            {
                return i;
            }
        }
        return -1;
    }
}
