using System.Globalization;
using System.Text.RegularExpressions;
using Rinde.Features.BackOffice;

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
        var match = Pattern().Match(ImportText.Clean(text));
        if (!match.Success) return null;
        int Int(int group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        var (a, b, c) = (Int(1), Int(2), Int(3));
        int year, month, day;
        if (match.Groups[1].Value.Length == 4)
        {
            (year, month, day) = (a, b, c);
        }
        else if (match.Groups[3].Value.Length == 4)
        {
            // Day first, as in Colombia, unless the first part cannot be a month's day... or the second must be one.
            (year, month, day) = b > 12 ? (c, a, b) : (c, b, a);
        }
        else
        {
            return null;
        }
        var hour = Int(4);
        if (match.Groups[7].Success)
        {
            if (hour is < 1 or > 12) return null;
            var pm = char.ToLowerInvariant(match.Groups[7].Value[0]) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (month is < 1 or > 12 || day < 1 || year < 1900 || day > DateTime.DaysInMonth(year, month) || hour > 23 || Int(5) > 59 || Int(6) > 59)
        {
            return null;
        }
        var local = new DateTime(year, month, day, hour, Int(5), Int(6), DateTimeKind.Unspecified);
        if (!match.Groups[8].Success) return ColombiaTime.ToUtc(local);
        var sign = match.Groups[8].Value.StartsWith('-') ? -1 : 1;
        var offset = TimeSpan.FromHours(Math.Abs(Int(8))) + TimeSpan.FromMinutes(Int(9));
        return DateTime.SpecifyKind(local - sign * offset, DateTimeKind.Utc);
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
