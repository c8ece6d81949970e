using Rinde.Infrastructure;

namespace Rinde.Features.Questions;

/// <summary>Two theme names are the same theme when they differ only in case, accents or spaces.</summary>
public static class ThemeNames
{
    public static string Tidy(string name) => string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static string Key(string name) => SpanishFolding.Fold(Tidy(name));
}
