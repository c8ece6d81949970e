using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rinde.Features.Acta.Docx;

/// <summary>Tables with fixed column widths (twips), a repeating header row and shaded label cells.</summary>
internal static class DocxTables
{
    public const string HeaderShade = "D9E2F3";
    public const string LabelShade = "F2F2F2";

    public static Table Create(int[] widths, bool borders = true)
    {
        var props = new TableProperties
        {
            TableStyle = borders ? new TableStyle { Val = DocxStyles.Table } : null,
            TableWidth = new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            TableLook = new TableLook { Val = "04A0" },
        };
        if (!borders)
        {
            props.TableBorders = new TableBorders(
                new TopBorder { Val = BorderValues.Nil }, new LeftBorder { Val = BorderValues.Nil },
                new BottomBorder { Val = BorderValues.Nil }, new RightBorder { Val = BorderValues.Nil },
                new InsideHorizontalBorder { Val = BorderValues.Nil }, new InsideVerticalBorder { Val = BorderValues.Nil });
        }
        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) }));
        return new Table(props, grid);
    }

    public static TableRow Row(params TableCell[] cells) => Row((IEnumerable<TableCell>)cells);

    /// <summary>A row kept on one page when it fits on one.</summary>
    public static TableRow Row(IEnumerable<TableCell> cells)
    {
        var row = new TableRow(new TableRowProperties(new CantSplit()));
        row.Append(cells);
        return row;
    }

    /// <summary>A header row, repeated at the top of each page the table spans.</summary>
    public static TableRow HeaderRow(int[] widths, params string[] labels)
    {
        var row = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        row.Append(labels.Select((l, i) => Cell(widths[i], [Docx.Text(l, DocxStyles.TableText, bold: true)], HeaderShade)));
        return row;
    }

    public static TableCell Cell(int width, IEnumerable<OpenXmlElement> content, string? shade = null, int span = 1, MergedCellValues? merge = null)
    {
        var props = new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
        };
        if (span > 1) props.GridSpan = new GridSpan { Val = span };
        if (merge is { } m) props.VerticalMerge = new VerticalMerge { Val = m };
        if (shade is not null) props.Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = shade };
        props.TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center };
        var cell = new TableCell(props);
        var any = false;
        foreach (var c in content)
        {
            cell.Append(c);
            any = true;
        }
        // A cell must end with a paragraph.
        if (!any || cell.LastChild is Table) cell.Append(new Paragraph());
        return cell;
    }

    public static TableCell TextCell(int width, string text, bool bold = false, string? shade = null, int span = 1) =>
        Cell(width, [Docx.Text(text, DocxStyles.TableText, bold)], shade, span);

    /// <summary>Text with line breaks as separate paragraphs in a cell.</summary>
    public static IEnumerable<Paragraph> Paragraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n")
            .Select(p => Docx.Text(p.Trim('\n'), DocxStyles.TableText));
}
