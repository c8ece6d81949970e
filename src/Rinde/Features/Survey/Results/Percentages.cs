using Rinde.Infrastructure;

namespace Rinde.Features.Survey.Results;

/// <summary>
/// Every percentage of the acta comes from here: computed from counts, one decimal, midpoint
/// away from zero. Being a pure function of (count, total), equal counts always print equal
/// percentages, even when that makes the rounded shares not add up to 100.
/// </summary>
public static class Percentages
{
    public static decimal Of(int count, int total) =>
        total <= 0 ? 0m : Math.Round(100m * count / total, 1, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Shares of a distribution over <paramref name="total"/> (the sum of the counts when null).
    /// Exclusive distributions (each item counted once) get a note when the rounded shares do
    /// not add up to 100,0 %; non-exclusive ones (multiple choice) get a note saying why they
    /// may add up to more.
    /// </summary>
    public static Distribution Distribute(IEnumerable<(string Label, int Count)> items, int? total = null, bool exclusive = true)
    {
        var list = items.ToList();
        var baseCount = total ?? list.Sum(i => i.Count);
        var rows = list.Select(i => new DistributionRow(i.Label, i.Count, Of(i.Count, baseCount))).ToList();
        var sum = rows.Sum(r => r.Percent);
        string? note = null;
        if (baseCount > 0 && exclusive && sum != 100m)
        {
            note = RoundingNote(sum);
        }
        else if (baseCount > 0 && !exclusive && sum > 100m)
        {
            note = "Cada persona podía elegir varias opciones; por eso los porcentajes suman más de 100 %.";
        }
        return new Distribution(rows, baseCount, sum, note);
    }

    public static string RoundingNote(decimal sum) =>
        $"Los porcentajes se redondearon a un decimal; por eso su suma es {EsCo.Percent(sum)} y no 100 %.";
}

/// <summary>Counts and their shares; <see cref="Note"/> explains a sum other than 100 %.</summary>
public sealed record Distribution(IReadOnlyList<DistributionRow> Rows, int Base, decimal Sum, string? Note);

public sealed record DistributionRow(string Label, int Count, decimal Percent);
