using System.Text;
using Rinde.Features.Survey.Results.Charts;

namespace Rinde.Features.Survey.Results;

public static class ResultImages
{
    /// <summary>The SVG as an image source: an img never runs what a label could smuggle into the markup.</summary>
    public static string DataUri(ChartImage chart) =>
        "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(chart.Svg!));
}
