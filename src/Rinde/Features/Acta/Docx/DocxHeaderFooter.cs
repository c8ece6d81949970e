using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Rinde.Features.Acta.Model;

namespace Rinde.Features.Acta.Docx;

/// <summary>
/// The quality-system header table, repeated on every page (entity; process and system lines;
/// form name; code, version and effective date), and the footer "Página X de Y".
/// </summary>
internal static class DocxHeaderFooter
{
    private static readonly int[] Widths = [2600, 4572, 1500, 1300];

    public static (string HeaderId, string FooterId) Add(MainDocumentPart main, ActaHeader h)
    {
        var header = main.AddNewPart<HeaderPart>("rIdHeader");
        header.Header = new Header(Table(h), Docx.Paragraph(null));
        var footer = main.AddNewPart<FooterPart>("rIdFooter");
        footer.Footer = new Footer(Docx.Centered(Docx.Paragraph(DocxStyles.Source,
            Docx.Run("Página "), Field("PAGE"), Docx.Run(" de "), Field("NUMPAGES"))));
        return (main.GetIdOfPart(header), main.GetIdOfPart(footer));
    }

    public static Table Table(ActaHeader h)
    {
        var table = DocxTables.Create(Widths);
        var middle = new List<OpenXmlElement>();
        middle.AddRange(h.ProcessLines.Select(l => Centered(l, bold: true)));
        middle.AddRange(h.SystemLines.Select(l => Centered(l)));
        table.Append(
            DocxTables.Row(
                Merged(Widths[0], Centered(h.EntityName, bold: true), MergedCellValues.Restart),
                DocxTables.Cell(Widths[1], middle),
                DocxTables.Cell(Widths[2] + Widths[3], [Centered(h.Code, bold: true)], span: 2)),
            DocxTables.Row(
                Merged(Widths[0], new Paragraph(), MergedCellValues.Continue),
                Merged(Widths[1], Centered(h.FormName, bold: true), MergedCellValues.Restart),
                DocxTables.Cell(Widths[2], [Centered("VERSIÓN", bold: true)], DocxTables.LabelShade),
                DocxTables.Cell(Widths[3], [Centered(h.Version)])),
            DocxTables.Row(
                Merged(Widths[0], new Paragraph(), MergedCellValues.Continue),
                Merged(Widths[1], new Paragraph(), MergedCellValues.Continue),
                DocxTables.Cell(Widths[2], [Centered("FECHA DE ENTRADA EN VIGENCIA", bold: true)], DocxTables.LabelShade),
                DocxTables.Cell(Widths[3], [Centered(h.EffectiveDate)])));
        return table;
    }

    private static TableCell Merged(int width, Paragraph p, MergedCellValues merge) =>
        DocxTables.Cell(width, [p], merge: merge);

    private static Paragraph Centered(string text, bool bold = false) =>
        Docx.Centered(Docx.Text(text, DocxStyles.TableText, bold));

    private static SimpleField Field(string instruction) =>
        new(Docx.Run("1")) { Instruction = $" {instruction} " };
}
