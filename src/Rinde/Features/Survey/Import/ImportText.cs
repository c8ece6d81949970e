using System.Globalization;
using System.Text;

namespace Rinde.Features.Survey.Import;

/// <summary>How titles and answers are compared: forms add stray spaces, people change case and accents.</summary>
public static class ImportText
{
    /// <summary>Trimmed, with every run of whitespace (line breaks included) made one space.</summary>
    public static string Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "";
        value = Infrastructure.TextInput.Clean(value);
        if (IsClean(value)) return value;
        var builder = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Most values need no cleaning: checking is cheaper than copying.</summary>
    private static bool IsClean(string value)
    {
        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])) return false;
        for (var i = 1; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || value[i - 1] == ' ')) return false;
        }
        return true;
    }

    /// <summary>The comparison key: cleaned, lower case, without accents ("Categoría " = "categoria").</summary>
    public static string Key(string? value)
    {
        var clean = Clean(value);
        if (clean.Length == 0) return "";
        var ascii = true;
        foreach (var c in clean)
        {
            if (c > 127) { ascii = false; break; }
        }
        if (ascii) return clean.ToLowerInvariant();
        var decomposed = clean.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
