using System.Runtime.CompilerServices;

namespace Rinde.Features.Survey.Import;

/// <summary>What a timestamp says, before it is checked: the date's three numbers in the order written.</summary>
internal struct TimestampParts
{
    public int A, ALength, B, C, CLength, Hour, Minute, Second, ZoneHours, ZoneMinutes;
    public char Meridiem;
    public bool HasZone, ZoneNegative;
}

/// <summary>
/// Reads the shapes of <see cref="ImportTimestamp"/>'s pattern by hand, without allocating: a
/// million rows are a million timestamps. It accepts only what the pattern accepts and gives up
/// (returns false) on anything unusual, which the pattern then decides.
/// </summary>
internal static class TimestampScanner
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryScan(ReadOnlySpan<char> text, ref TimestampParts p)
    {
        var i = 0;
        SkipSpaces(text, ref i);
        if (!Digits(text, ref i, 4, out p.A, out p.ALength) || !Separator(text, ref i)
            || !Digits(text, ref i, 2, out p.B, out _) || !Separator(text, ref i)
            || !Digits(text, ref i, 4, out p.C, out p.CLength))
        {
            return false;
        }
        var start = i;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is 'T' or 't')) i++;
        if (i > start && i < text.Length && char.IsAsciiDigit(text[i]))
        {
            if (!Digits(text, ref i, 2, out p.Hour, out _) || !Char(text, ref i, ':') || !Digits(text, ref i, 2, out p.Minute, out var minuteLength) || minuteLength != 2)
            {
                return false;
            }
            if (Char(text, ref i, ':'))
            {
                if (!Digits(text, ref i, 2, out p.Second, out var secondLength) || secondLength != 2) return false;
                if (i < text.Length && text[i] is '.' or ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
                {
                    i++;
                    while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                }
            }
        }
        else
        {
            i = start;
        }
        SkipSpaces(text, ref i);
        if (i < text.Length && char.ToLowerInvariant(text[i]) is 'a' or 'p')
        {
            p.Meridiem = char.ToLowerInvariant(text[i++]);
            Char(text, ref i, '.');
            SkipSpaces(text, ref i);
            if (i >= text.Length || char.ToLowerInvariant(text[i]) != 'm') return false;
            i++;
            Char(text, ref i, '.');
            SkipSpaces(text, ref i);
        }
        if (i + 3 <= text.Length && (text.Slice(i, 3).Equals("GMT", StringComparison.OrdinalIgnoreCase) || text.Slice(i, 3).Equals("UTC", StringComparison.OrdinalIgnoreCase)))
        {
            i += 3;
            SkipSpaces(text, ref i);
            if (i >= text.Length || text[i] is not ('+' or '-')) return false;
            p.HasZone = true;
            p.ZoneNegative = text[i++] == '-';
            if (!Digits(text, ref i, 2, out p.ZoneHours, out _)) return false;
            var colon = Char(text, ref i, ':');
            if (i < text.Length && char.IsAsciiDigit(text[i]) || colon)
            {
                if (!Digits(text, ref i, 2, out p.ZoneMinutes, out var zoneMinuteLength) || zoneMinuteLength != 2) return false;
            }
        }
        SkipSpaces(text, ref i);
        return i == text.Length;
    }

    private static void SkipSpaces(ReadOnlySpan<char> text, ref int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
    }

    private static bool Separator(ReadOnlySpan<char> text, ref int i)
    {
        if (i >= text.Length || text[i] is not ('/' or '.' or '-')) return false;
        i++;
        return true;
    }

    private static bool Char(ReadOnlySpan<char> text, ref int i, char c)
    {
        if (i >= text.Length || text[i] != c) return false;
        i++;
        return true;
    }

    /// <summary>One to <paramref name="max"/> digits; more digits than that is no match.</summary>
    private static bool Digits(ReadOnlySpan<char> text, ref int i, int max, out int value, out int length)
    {
        value = 0;
        length = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            if (++length > max) return false;
            value = value * 10 + (text[i++] - '0');
        }
        return length > 0;
    }
}
