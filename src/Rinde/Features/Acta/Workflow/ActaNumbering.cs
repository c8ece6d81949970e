using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Exercises;

namespace Rinde.Features.Acta.Workflow;

/// <summary>
/// The acta's number at approval: the format's pattern with the dependency's code, series,
/// subseries and the yearly consecutive. The counter row is incremented inside the approving
/// transaction, which locks it until commit: numbers are unique and without gaps, also when
/// two approvals happen at the same instant (a rolled-back approval gives its number back).
/// </summary>
public static class ActaNumbering
{
    public static async Task<(string Number, int Consecutive)> NextAsync(RindeDbContext db, Exercise exercise, int year, CancellationToken ct)
    {
        var counters = db.Set<ActaNumberCounter>();
        // First acta of the year for this dependency: start after any number it already has. ON
        // CONFLICT lets approvals racing here all go on (a failed INSERT would abort PostgreSQL's transaction).
        var highest = await db.Exercises
            .Where(e => e.DependencyId == exercise.DependencyId && e.ActaConsecutive != null && e.Date.Year == year)
            .MaxAsync(e => e.ActaConsecutive, ct) ?? 0;
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO \"ActaNumberCounters\" (\"DependencyId\", \"Year\", \"Last\") VALUES ({exercise.DependencyId}, {year}, {highest}) ON CONFLICT DO NOTHING", ct);
        await counters.Where(c => c.DependencyId == exercise.DependencyId && c.Year == year)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Last, c => c.Last + 1), ct);
        var consecutive = await counters.Where(c => c.DependencyId == exercise.DependencyId && c.Year == year)
            .Select(c => c.Last).SingleAsync(ct);
        return (Format(exercise, year, consecutive), consecutive);
    }

    public static string Format(Exercise e, int year, int consecutive)
    {
        var f = e.ActaFormat;
        var pattern = string.IsNullOrWhiteSpace(f?.NumberPattern) ? "{dependencia}.{consecutivo}" : f.NumberPattern;
        var number = pattern
            .Replace("{dependencia}", e.Dependency.Code, StringComparison.Ordinal)
            .Replace("{serie}", f?.Series ?? "", StringComparison.Ordinal)
            .Replace("{subserie}", f?.Subseries ?? "", StringComparison.Ordinal)
            .Replace("{año}", year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{consecutivo}", consecutive.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        // An empty series or subseries must not leave ".." in the number.
        while (number.Contains("..", StringComparison.Ordinal))
        {
            number = number.Replace("..", ".", StringComparison.Ordinal);
        }
        return number.Trim('.');
    }
}
