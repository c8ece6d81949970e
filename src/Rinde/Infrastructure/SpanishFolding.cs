using System.Globalization;
using System.Text;

namespace Rinde.Infrastructure;

/// <summary>How Spanish text is compared when case and accents must not count ("Categoría" = "categoria").</summary>
public static class SpanishFolding
{
    /// <summary>Lower case, without accents (combining marks removed), recomposed.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
