using System.Globalization;
using System.Text;
using Rinde.Features.Exercises;
using Rinde.Infrastructure;

namespace Rinde.Features.Portal;

/// <summary>The dialogue as a calendar entry: an .ics file and a Google Calendar link.</summary>
public static class CalendarLinks
{
    public static (DateTime StartUtc, DateTime EndUtc) Span(Exercise e)
    {
        var start = e.ScheduledStart ?? new TimeOnly(9, 0);
        var end = e.ScheduledEnd ?? start.AddHours(2);
        DateTime Utc(TimeOnly t) => new DateTimeOffset(e.Date.ToDateTime(t), ColombiaTime.Offset).UtcDateTime;
        return (Utc(start), Utc(end));
    }

    public static string Google(Exercise e)
    {
        var (start, end) = Span(e);
        return "https://calendar.google.com/calendar/render?action=TEMPLATE"
            + "&text=" + Uri.EscapeDataString(e.Title)
            + "&dates=" + Stamp(start) + "/" + Stamp(end)
            + "&details=" + Uri.EscapeDataString(Details(e))
            + "&location=" + Uri.EscapeDataString(Infrastructure.SafeLinks.Href(e.StreamLink) ?? e.Place);
    }

    public static string Ics(Exercise e, string pageUrl, DateTime nowUtc)
    {
        var (start, end) = Span(e);
        var ics = new StringBuilder()
            .Append("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Rinde//Rendicion de cuentas//ES\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n")
            .Append("BEGIN:VEVENT\r\n")
            .Append(CultureInfo.InvariantCulture, $"UID:ejercicio-{e.Id}@rinde\r\n")
            .Append(CultureInfo.InvariantCulture, $"DTSTAMP:{Stamp(nowUtc)}\r\nDTSTART:{Stamp(start)}\r\nDTEND:{Stamp(end)}\r\n")
            .Append("SUMMARY:").Append(Escape(e.Title)).Append("\r\n")
            .Append("DESCRIPTION:").Append(Escape(Details(e) + "\n" + pageUrl)).Append("\r\n")
            .Append("LOCATION:").Append(Escape(string.IsNullOrEmpty(e.Place) ? e.StreamLink : e.Place)).Append("\r\n")
            .Append("URL:").Append(pageUrl).Append("\r\n")
            .Append("END:VEVENT\r\nEND:VCALENDAR\r\n");
        return ics.ToString();
    }

    private static string Details(Exercise e) =>
        $"Espacio de diálogo de rendición de cuentas de {e.Dependency.Name}. {e.Objective}".Trim();

    private static string Stamp(DateTime utc) => utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    // RFC 5545 text: escape backslash, semicolon, comma and new lines.
    private static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r", "").Replace("\n", "\\n");
}
