using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Rinde.Features.Acta.Model;

namespace Rinde.Features.Acta.Docx;

/// <summary>
/// Item 9: the self-assessment and the DOFA matrix as in the seed: Fortalezas and
/// Debilidades across, Oportunidades and Amenazas down, the crossed strategies in the cells.
/// </summary>
internal static class DocxSelfAssessment
{
    private static readonly int[] Widths = [2572, 3700, 3700];

    public static void Write(DocxContext ctx, ActaModel m)
    {
        var s = m.SelfAssessment;
        ctx.Add(Docx.Heading(2, ActaTexts.DevelopmentTitles[8]));
        ctx.Add(DocxMarkdown.Convert(ctx, s.NarrativeMarkdown));
        if (s.HasDofa)
        {
            var table = DocxTables.Create(Widths);
            table.Append(
                DocxTables.Row(
                    DocxTables.Cell(Widths[0], [Docx.Centered(Docx.Text("DOFA", DocxStyles.TableText, bold: true))], DocxTables.HeaderShade),
                    Items(Widths[1], "Fortalezas", s.Strengths, DocxTables.HeaderShade),
                    Items(Widths[2], "Debilidades", s.Weaknesses, DocxTables.HeaderShade)),
                DocxTables.Row(
                    Items(Widths[0], "Oportunidades", s.Opportunities, DocxTables.HeaderShade),
                    Items(Widths[1], null, s.FO),
                    Items(Widths[2], null, s.DO)),
                DocxTables.Row(
                    Items(Widths[0], "Amenazas", s.Threats, DocxTables.HeaderShade),
                    Items(Widths[1], null, s.FA),
                    Items(Widths[2], null, s.DA)));
            ctx.Add(table, Docx.Paragraph(null));
        }
        ctx.Add(DocxMarkdown.Convert(ctx, s.ConclusionMarkdown));
        if (!string.IsNullOrWhiteSpace(s.LessonsMarkdown))
        {
            ctx.Add(Docx.Heading(3, "Lecciones para el próximo ejercicio"));
            ctx.Add(DocxMarkdown.Convert(ctx, s.LessonsMarkdown));
        }
    }

    private static TableCell Items(int width, string? title, IReadOnlyList<string> items, string? shade = null)
    {
        var content = new List<OpenXmlElement>();
        if (title is not null) content.Add(Docx.Text(title, DocxStyles.TableText, bold: true));
        content.AddRange(items.Select(i => Docx.Text("- " + i, DocxStyles.TableText)));
        if (items.Count == 0) content.Add(Docx.Text("—", DocxStyles.TableText));
        var cell = DocxTables.Cell(width, content, shade);
        cell.TableCellProperties!.TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Top };
        return cell;
    }
}
