using Rinde.Features.Acta.Model;

namespace Rinde.Features.Acta.Docx;

/// <summary>Item 5: the information reported, section by section (5.1, 5.2...).</summary>
internal static class DocxReport
{
    private static readonly int[] Widths = [4472, 2300, 3200];

    public static void Write(DocxContext ctx, ActaModel m)
    {
        ctx.Add(Docx.Heading(2, ActaTexts.DevelopmentTitles[4]));
        ctx.Add(DocxMarkdown.Convert(ctx, m.Report.IntroMarkdown));
        foreach (var section in m.Report.Sections)
        {
            ctx.Add(Docx.Heading(3, $"{section.Number} {section.Title}"));
            ctx.Add(DocxMarkdown.Convert(ctx, section.NarrativeMarkdown));
            if (section.Figures.Count > 0)
            {
                var table = DocxTables.Create(Widths);
                table.Append(DocxTables.HeaderRow(Widths, "Dato", "Valor", "Fuente"));
                foreach (var f in section.Figures)
                {
                    table.Append(DocxTables.Row(
                        DocxTables.TextCell(Widths[0], f.Label),
                        DocxTables.TextCell(Widths[1], f.Value, bold: true),
                        DocxTables.TextCell(Widths[2], f.Source)));
                }
                ctx.Add(table, Docx.Paragraph(null));
            }
            foreach (var image in section.Images)
            {
                ctx.Add(DocxImages.Figure(ctx, image));
            }
        }
    }
}
