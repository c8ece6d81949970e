using System.Globalization;

namespace Rinde.Infrastructure;

/// <summary>
/// Formats what users read the Colombian way: 1.752.560.630, 81,5 %, 17/nov/2021. The
/// month abbreviations are our own so the acta does not change with the ICU version.
/// </summary>
public static class EsCo
{
    public static readonly CultureInfo Culture = CreateCulture();

    private static readonly string[] ShortMonths = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"];
    private static readonly string[] LongMonths =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
    private static readonly string[] Weekdays = ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"];

    private static CultureInfo CreateCulture()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("es-CO").Clone();
        culture.NumberFormat.NumberGroupSeparator = ".";
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.CurrencyGroupSeparator = ".";
        culture.NumberFormat.CurrencyDecimalSeparator = ",";
        return CultureInfo.ReadOnly(culture);
    }

    public static string Count(long value) => value.ToString("#,0", Culture);

    public static string Number(decimal value) =>
        value == decimal.Truncate(value) ? value.ToString("#,0", Culture) : value.ToString("#,0.##", Culture);

    public static string Money(decimal value) => "$" + value.ToString("#,0", Culture);

    /// <summary>A percentage with one decimal and a space before the sign: "81,5 %".</summary>
    public static string Percent(decimal percent) => percent.ToString("0.0", Culture) + " %";

    /// <summary>17/nov/2021, as in the acta's header.</summary>
    public static string ShortDate(DateOnly date) => $"{date.Day}/{ShortMonths[date.Month - 1]}/{date.Year}";

    /// <summary>17 de noviembre de 2021.</summary>
    public static string LongDate(DateOnly date) => $"{date.Day} de {LongMonths[date.Month - 1]} de {date.Year}";

    /// <summary>miércoles 17 de noviembre de 2021.</summary>
    public static string WeekdayDate(DateOnly date) => $"{Weekdays[(int)date.DayOfWeek]} {LongDate(date)}";

    /// <summary>09:00 am, as the seed prints times.</summary>
    public static string Time(TimeOnly time) =>
        $"{(time.Hour % 12 == 0 ? 12 : time.Hour % 12):00}:{time.Minute:00} {(time.Hour < 12 ? "am" : "pm")}";
}
