using System.Globalization;
using System.Text;

namespace Rinde.Features.Questions;

/// <summary>Two theme names are the same theme when they differ only in case, accents or spaces.</summary>
public static class ThemeNames
{
    public static string Tidy(string name) => string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static string Key(string name)
    {
        var decomposed = Tidy(name).ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                key.Append(c);
            }
        }
        return key.ToString().Normalize(NormalizationForm.FormC);
    }
}
