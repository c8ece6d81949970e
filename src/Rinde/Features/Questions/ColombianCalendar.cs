namespace Rinde.Features.Questions;

/// <summary>
/// Colombia's national holidays and business days (días hábiles). No package covers them:
/// Ley 51 de 1983 moves seven holidays to the following Monday, five depend on Easter, six
/// are fixed. Saturdays and Sundays are not business days.
/// </summary>
public static class ColombianCalendar
{
    private static readonly (int Month, int Day)[] Fixed = [(1, 1), (5, 1), (7, 20), (8, 7), (12, 8), (12, 25)];

    // Reyes, San José, San Pedro y San Pablo, Asunción, Día de la Raza, Todos los Santos,
    // Independencia de Cartagena: moved to the next Monday when they fall on another day.
    private static readonly (int Month, int Day)[] MovedToMonday = [(1, 6), (3, 19), (6, 29), (8, 15), (10, 12), (11, 1), (11, 11)];

    public static IReadOnlyList<DateOnly> Holidays(int year)
    {
        var easter = EasterSunday(year);
        var days = new SortedSet<DateOnly>();
        foreach (var (month, day) in Fixed)
        {
            days.Add(new DateOnly(year, month, day));
        }
        foreach (var (month, day) in MovedToMonday)
        {
            days.Add(NextMonday(new DateOnly(year, month, day)));
        }
        days.Add(easter.AddDays(-3)); // Jueves Santo
        days.Add(easter.AddDays(-2)); // Viernes Santo
        days.Add(easter.AddDays(43)); // Ascensión del Señor, Monday after the 40th day
        days.Add(easter.AddDays(64)); // Corpus Christi, Monday after the 61st day
        days.Add(easter.AddDays(71)); // Sagrado Corazón, Monday after the 68th day
        return [.. days];
    }

    public static bool IsHoliday(DateOnly date) => Holidays(date.Year).Contains(date);

    public static bool IsBusinessDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(date);

    /// <summary>The date <paramref name="days"/> business days after <paramref name="start"/> (which itself does not count).</summary>
    public static DateOnly AddBusinessDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = start;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (IsBusinessDay(date))
            {
                days--;
            }
        }
        return date;
    }

    private static DateOnly NextMonday(DateOnly date) =>
        date.AddDays(((int)DayOfWeek.Monday - (int)date.DayOfWeek + 7) % 7);

    /// <summary>Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
