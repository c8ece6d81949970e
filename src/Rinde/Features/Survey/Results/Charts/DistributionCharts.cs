using System.Globalization;
using Rinde.Infrastructure;
using ScottPlot;

namespace Rinde.Features.Survey.Results.Charts;

/// <summary>
/// Charts of a distribution (questions by theme, each closed survey question): a pie up to
/// five options, horizontal bars beyond. The acta always prints the same numbers in a table
/// beside the chart, so the chart only helps the eye.
/// </summary>
public static class DistributionCharts
{
    public const int Width = 800;
    public const int MaxPieSlices = 5;
    private const int MaxLabelLength = 38;

    // DejaVu and Liberation are installed with the app (scripts/test.sh); the first found wins.
    private static readonly string FontName = new[] { "Liberation Sans", "DejaVu Sans" }
        .FirstOrDefault(f => SkiaSharp.SKFontManager.Default.GetFontFamilies().Contains(f)) ?? Fonts.Default;

    /// <param name="exclusive">False for multiple choice: its shares are not parts of a whole, so never a pie.</param>
    public static ChartImage Png(string title, Distribution distribution, bool exclusive) => Render(title, distribution, exclusive, svg: false);

    public static ChartImage Svg(string title, Distribution distribution, bool exclusive) => Render(title, distribution, exclusive, svg: true);

    private static ChartImage Render(string title, Distribution distribution, bool exclusive, bool svg)
    {
        using var plot = new Plot();
        plot.Font.Set(FontName);
        var pie = exclusive && distribution.Rows.Count <= MaxPieSlices;
        var height = pie ? 420 : Math.Max(260, 70 + 46 * distribution.Rows.Count);
        if (pie)
        {
            Pie(plot, distribution);
        }
        else
        {
            Bars(plot, distribution);
        }
        var alt = $"Gráfico: {title}. " + string.Join("; ", distribution.Rows.Select(r => $"{r.Label}: {EsCo.Count(r.Count)} ({EsCo.Percent(r.Percent)})")) + ".";
        return svg
            ? new ChartImage(null, plot.GetSvgXml(Width, height), Width, height, alt)
            : new ChartImage(plot.GetImageBytes(Width, height, ImageFormat.Png), null, Width, height, alt);
    }

    private static void Pie(Plot plot, Distribution distribution)
    {
        var palette = new ScottPlot.Palettes.Category10();
        var slices = distribution.Rows.Select((r, i) => (r, i)).Where(x => x.r.Count > 0)
            .Select(x => new PieSlice
            {
                Value = x.r.Count,
                FillColor = palette.GetColor(x.i),
                Label = EsCo.Percent(x.r.Percent),
                LegendText = $"{Short(x.r.Label)} ({EsCo.Count(x.r.Count)})",
            }).ToList();
        var pie = plot.Add.Pie(slices);
        pie.SliceLabelDistance = 0.65;
        foreach (var slice in pie.Slices)
        {
            slice.LabelStyle.FontSize = 18;
            slice.LabelStyle.Bold = true;
            slice.LabelStyle.ForeColor = Colors.White;
        }
        plot.Axes.Frameless();
        plot.HideGrid();
        plot.ShowLegend(Edge.Right).Legend.FontSize = 16;
    }

    private static void Bars(Plot plot, Distribution distribution)
    {
        var n = distribution.Rows.Count;
        var bars = distribution.Rows.Select((r, i) => new Bar
        {
            Position = n - 1 - i,
            Value = r.Count,
            FillColor = new ScottPlot.Palettes.Category10().GetColor(0),
            Label = $"{EsCo.Count(r.Count)} ({EsCo.Percent(r.Percent)})",
            Orientation = Orientation.Horizontal,
        }).ToList();
        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plottable.ValueLabelStyle.FontSize = 16;
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        foreach (var (r, i) in distribution.Rows.Select((r, i) => (r, i)))
        {
            ticks.AddMajor(n - 1 - i, Short(r.Label));
        }
        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Left.TickLabelStyle.FontSize = 16;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Margins(left: 0, right: 0.25);
        plot.HideGrid();
        var max = Math.Max(1, distribution.Rows.Max(r => r.Count));
        plot.Axes.SetLimitsX(0, max * 1.3);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => v.ToString("0", CultureInfo.InvariantCulture),
            IntegerTicksOnly = true,
        };
    }

    private static string Short(string label) =>
        label.Length <= MaxLabelLength ? label : label[..(MaxLabelLength - 1)].TrimEnd() + "…";
}
