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
