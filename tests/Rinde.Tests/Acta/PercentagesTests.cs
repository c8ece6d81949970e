using Rinde.Features.Acta.Model;
using Rinde.Features.Survey.Results;

namespace Rinde.Tests.Acta;

public class PercentagesTests
{
    [Fact]
    public void Themes_5_3_3_3_of_14_round_to_99_9_and_say_so()
    {
        var d = Percentages.Distribute([("Gestión", 5), ("Transparencia", 3), ("Cooperación", 3), ("Comunicaciones", 3)]);

        Assert.Equal([35.7m, 21.4m, 21.4m, 21.4m], d.Rows.Select(r => r.Percent));
        Assert.Equal(14, d.Base);
        Assert.Equal(99.9m, d.Sum);
        Assert.Equal("Los porcentajes se redondearon a un decimal; por eso su suma es 99,9 % y no 100 %.", d.Note);
    }

    [Fact]
    public void A_distribution_that_adds_up_has_no_note()
    {
        var d = Percentages.Distribute([("a", 20), ("b", 12), ("c", 8)]);
        Assert.Equal([50.0m, 30.0m, 20.0m], d.Rows.Select(r => r.Percent));
        Assert.Null(d.Note);
    }

    [Fact]
    public void Equal_counts_print_equal_percentages_even_when_the_sum_goes_over()
    {
        // 1/6 = 16,666… -> 16,7 six times = 100,2 %: no share is nudged to force 100.
        var d = Percentages.Distribute(Enumerable.Range(1, 6).Select(i => ($"o{i}", 1)));
        Assert.All(d.Rows, r => Assert.Equal(16.7m, r.Percent));
        Assert.Equal(100.2m, d.Sum);
        Assert.Contains("100,2 %", d.Note);
    }

    [Theory]
    [InlineData(22, 27, 81.5)]
    [InlineData(8, 27, 29.6)]
    [InlineData(25, 27, 92.6)]
    [InlineData(1, 16, 6.3)] // 6,25: midpoint away from zero
    [InlineData(1, 8, 12.5)]
    [InlineData(3, 0, 0)]
    public void One_decimal_midpoint_away_from_zero(int count, int total, decimal expected) =>
        Assert.Equal(expected, Percentages.Of(count, total));

    [Fact]
    public void Multiple_choice_may_add_up_to_more_than_100_and_says_why()
    {
        var d = Percentages.Distribute([("a", 17), ("b", 9), ("c", 1), ("d", 4)], total: 27, exclusive: false);
        Assert.Equal([63.0m, 33.3m, 3.7m, 14.8m], d.Rows.Select(r => r.Percent));
        Assert.Contains("varias opciones", d.Note);
    }
}
