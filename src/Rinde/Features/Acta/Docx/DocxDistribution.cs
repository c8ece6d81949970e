using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Rinde.Features.Acta.Model;
using Rinde.Features.Survey.Results;
using Rinde.Features.Survey.Results.Charts;
using Rinde.Infrastructure;

namespace Rinde.Features.Acta.Docx;

/// <summary>A distribution as chart and table (label | count | %), with its rounding note.</summary>
internal static class DocxDistribution
{
    private static readonly int[] Widths = [6172, 1900, 1900];

    public static IEnumerable<OpenXmlElement> Write(DocxContext ctx, string title, string labelHeader, string countHeader, Distribution d, bool exclusive)
    {
        if (d.Base > 0)
        {
            var chart = DistributionCharts.Png(title, d, exclusive);
            yield return Docx.Centered(Docx.Paragraph(null,
                DocxImages.Picture(ctx, chart.Png!, "image/png", chart.Width, chart.Height, chart.AltText, maxWidthCm: 13)));
        }
        var table = DocxTables.Create(Widths);
        table.Append(DocxTables.HeaderRow(Widths, labelHeader, countHeader, "%"));
        foreach (var row in d.Rows)
        {
            table.Append(DocxTables.Row(
                DocxTables.TextCell(Widths[0], row.Label),
                Right(Widths[1], EsCo.Count(row.Count)),
                Right(Widths[2], EsCo.Percent(row.Percent))));
        }
        table.Append(DocxTables.Row(
            DocxTables.TextCell(Widths[0], exclusive ? "Total" : "Personas que respondieron", bold: true, shade: DocxTables.LabelShade),
            Right(Widths[1], EsCo.Count(d.Base), bold: true),
            Right(Widths[2], exclusive ? EsCo.Percent(d.Sum) : "", bold: true)));
        yield return table;
        if (d.Note is not null)
        {
            yield return Docx.Text(d.Note, DocxStyles.Note);
        }
        else
        {
            yield return Docx.Paragraph(null);
        }
    }

    private static TableCell Right(int width, string text, bool bold = false)
    {
        var p = Docx.Text(text, DocxStyles.TableText, bold);
        p.ParagraphProperties!.Justification = new Justification { Val = JustificationValues.Right };
        return DocxTables.Cell(width, [p], bold ? DocxTables.LabelShade : null);
    }
}
