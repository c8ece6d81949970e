namespace Rinde.Features.Survey.Results.Charts;

/// <summary>One chart in both forms: PNG for the DOCX, SVG for the web page, with its text alternative.</summary>
public sealed record ChartImage(byte[]? Png, string? Svg, int Width, int Height, string AltText);
