using System.Globalization;
using Rinde.Features.Messages;
using Rinde.Infrastructure;

namespace Rinde.Features.Contacts;

/// <summary>The one home of what a contact's fields may hold and how an imported cell becomes one.</summary>
public static class ContactRules
{
    public const int MaxName = 200;
    public const int MaxText = 300;

    /// <summary>The address as stored (trimmed, lower case), or null when it is not one plain address.</summary>
    public static string? Email(string cell)
    {
        var trimmed = cell.Trim();
        return trimmed.Length is > 0 and <= 320 && OutboxWriter.PlainAddress(trimmed) == trimmed && trimmed.Split('@')[1].Contains('.', StringComparison.Ordinal)
            ? MailSuppression.Normalize(trimmed)
            : null;
    }

    /// <summary>
    /// A cell a spreadsheet would run as a formula when the list is opened again (=, +, -, @,
    /// tab or carriage return first): refused rather than stored, so no export can carry it.
    /// A lone "-" (nothing to say) is an empty cell.
    /// </summary>
    public static bool LooksLikeFormula(string cell) =>
        cell.Length > 1 && (cell[0] is '=' or '+' or '@' or '\t' or '\r' || (cell[0] == '-' && !char.IsWhiteSpace(cell[1])));

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "d/M/yyyy", "d/M/yyyy H:mm", "d/M/yyyy H:mm:ss", "d-M-yyyy"];

    public static DateOnly? Date(string cell) =>
        DateTime.TryParseExact(cell.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? DateOnly.FromDateTime(d) : null;

    /// <summary>A header as compared: lower case, without accents, spaces or punctuation.</summary>
    public static string Key(string header)
    {
        return string.Concat(SpanishFolding.Fold(header.Trim().TrimStart('\uFEFF')).Where(char.IsLetterOrDigit));
    }

    public static string Clean(string cell) => TextInput.Clean(cell).Trim() is var t && t == "-" ? "" : t;
}
