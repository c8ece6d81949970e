using System.Globalization;
using System.Text.RegularExpressions;
using Rinde.Features.BackOffice;
using Rinde.Infrastructure;

namespace Rinde.Features.Survey.Import;

/// <summary>
/// The moment a form was sent, as a UTC instant, whatever the export wrote: the Forms download
/// ("2021/11/17 9:45:12 a. m. GMT-5"), the linked Sheet ("17/11/2021 9:45:12", Colombian wall
/// clock) or an Excel date cell. A time without a zone is Colombian (UTC−5).
/// </summary>
public static partial class ImportTimestamp
{
    [GeneratedRegex(@"^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(?:([ap])\.?\s*m\.?)?\s*(?:(?:GMT|UTC)\s*([+-]\d{1,2})(?::?(\d{2}))?)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static DateTime? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        // Every row of an import has one: the usual shapes are read by hand, anything else by the pattern.
        var parts = new TimestampParts();
        return TimestampScanner.TryScan(text, ref parts) || TryMatch(text, ref parts) ? Build(ref parts) : null;
    }

    /// <summary>The parser's UTF-8 bytes of a timestamp, read without making a string when they have a usual shape.</summary>
    public static DateTime? Parse(ReadOnlySpan<byte> utf8)
    {
        Span<char> chars = stackalloc char[128];
        if (utf8.Length > chars.Length || !System.Text.Encoding.UTF8.TryGetChars(utf8, chars, out var length)) return Parse(System.Text.Encoding.UTF8.GetString(utf8));
        var parts = new TimestampParts();
        return TimestampScanner.TryScan(chars[..length], ref parts) ? Build(ref parts) : Parse(new string(chars[..length]));
    }

    /// <summary>The pattern alone, without the hand reader: the reference the tests hold the reader to.</summary>
    internal static DateTime? ParseByPattern(string text)
    {
        var parts = new TimestampParts();
        return TryMatch(text, ref parts) ? Build(ref parts) : null;
    }

    private static bool TryMatch(string text, ref TimestampParts parts)
    {
        var match = Pattern().Match(ImportText.Clean(text));
        if (!match.Success) return false;
        int Int(int group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        (parts.A, parts.ALength, parts.B, parts.C, parts.CLength) = (Int(1), match.Groups[1].Length, Int(2), Int(3), match.Groups[3].Length);
        (parts.Hour, parts.Minute, parts.Second) = (Int(4), Int(5), Int(6));
        parts.Meridiem = match.Groups[7].Success ? char.ToLowerInvariant(match.Groups[7].Value[0]) : '\0';
        parts.HasZone = match.Groups[8].Success;
        parts.ZoneNegative = parts.HasZone && match.Groups[8].Value.StartsWith('-');
        parts.ZoneHours = Math.Abs(Int(8));
        parts.ZoneMinutes = Int(9);
        return true;
    }

    private static DateTime? Build(ref TimestampParts p)
    {
        int year, month, day;
        if (p.ALength == 4)
        {
            (year, month, day) = (p.A, p.B, p.C);
        }
        else if (p.CLength == 4)
        {
            // Day first, as in Colombia, unless the first part cannot be a month's day... or the second must be one.
            (year, month, day) = p.B > 12 ? (p.C, p.A, p.B) : (p.C, p.B, p.A);
        }
        else
        {
            return null;
        }
        var hour = p.Hour;
        if (p.Meridiem != '\0')
        {
            if (hour is < 1 or > 12) return null;
            hour = hour % 12 + (p.Meridiem == 'p' ? 12 : 0);
        }
        if (month is < 1 or > 12 || day < 1 || year < 1900 || day > DateTime.DaysInMonth(year, month) || hour > 23 || p.Minute > 59 || p.Second > 59)
        {
            return null;
        }
        var local = new DateTime(year, month, day, hour, p.Minute, p.Second, DateTimeKind.Unspecified);
        if (!p.HasZone) return ColombiaTime.ToUtc(local);
        var offset = TimeSpan.FromHours(p.ZoneHours) + TimeSpan.FromMinutes(p.ZoneMinutes);
        return DateTime.SpecifyKind(local - (p.ZoneNegative ? -1 : 1) * offset, DateTimeKind.Utc);
    }

    /// <summary>An Excel cell: a date, an OLE number or text.</summary>
    public static DateTime? FromCell(object? cell) => cell switch
    {
        DateTime date => ColombiaTime.ToUtc(DateTime.SpecifyKind(date, DateTimeKind.Unspecified)),
        double number when number is > 1 and < 2958465 => ColombiaTime.ToUtc(DateTime.FromOADate(number)),
        string text => Parse(text),
        _ => null,
    };
}
