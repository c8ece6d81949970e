using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Rinde.Features.Acta.Model;

namespace Rinde.Features.Acta.Docx;

/// <summary>Responsibility, observations, tasks and commitments, signatures, note, Elaboró/Revisó, annexes.</summary>
internal static class DocxClosing
{
    private static readonly int[] Widths = [4972, 3000, 2000];
    private const int SignatureWidth = 4986;

    public static void Write(DocxContext ctx, ActaModel m)
    {
        ctx.Add(DocxMarkdown.Convert(ctx, m.ResponsibilityMarkdown, "RESPONSABILIDAD:"));
        ctx.Add(DocxMarkdown.Convert(ctx, Or(m.GeneralObservationsMarkdown, "Ninguna."),
            "OBSERVACIONES GENERALES (Propuestas, Cambios y/o Adiciones):"));
        ctx.Add(Commitments(m.Commitments), Docx.Paragraph(null));

        ctx.Add(Docx.Text("Firmas (responsables)", bold: true));
        if (m.Signatures.Count > 0) ctx.Add(Signatures(m.Signatures), Docx.Paragraph(null));

        if (!string.IsNullOrWhiteSpace(m.AnnexNoteMarkdown)) ctx.Add(DocxMarkdown.Convert(ctx, m.AnnexNoteMarkdown, "NOTA:"));
        ctx.Add(Docx.Labeled("Elaboró:", m.PreparedBy), Docx.Labeled("Revisó:", m.ReviewedBy));
        ctx.Add(Docx.Text("Anexos.", bold: true));
        if (m.Annexes.Count == 0) ctx.Add(Docx.Text(ActaTexts.NotApplicable));
        var list = ctx.NewNumberedList();
        ctx.Add(m.Annexes.Select(a => Docx.ListItem(list, 0, Docx.Run(a))));
        if (m.Rendering == ActaRendering.Publica) ctx.Add(Docx.Text(ActaTexts.PublicNote, DocxStyles.Note));
    }

    private static string Or(string text, string fallback) => string.IsNullOrWhiteSpace(text) ? fallback : text;

    private static Table Commitments(IReadOnlyList<CommitmentRow> rows)
    {
        var table = DocxTables.Create(Widths);
        var title = DocxTables.Row(DocxTables.TextCell(Widths.Sum(), "TAREAS Y COMPROMISOS ESTABLECIDOS EN ESTA REUNIÓN",
            bold: true, shade: DocxTables.HeaderShade, span: 3));
        title.GetFirstChild<TableRowProperties>()!.Append(new TableHeader());
        table.Append(title, DocxTables.HeaderRow(Widths, "QUÉ HACER", "RESPONSABLE", "FECHA COMPROMISO"));
        foreach (var c in rows)
        {
            table.Append(DocxTables.Row(
                DocxTables.TextCell(Widths[0], c.What), DocxTables.TextCell(Widths[1], c.Owner), DocxTables.TextCell(Widths[2], c.Date)));
        }
        if (rows.Count == 0)
        {
            table.Append(DocxTables.Row(DocxTables.TextCell(Widths.Sum(), "No se establecieron compromisos.", span: 3)));
        }
        return table;
    }

    /// <summary>Two signature blocks per row: room to sign, NAME, position, dependency.</summary>
    private static Table Signatures(IReadOnlyList<SignatureBlock> signatures)
    {
        var table = DocxTables.Create([SignatureWidth, SignatureWidth], borders: false);
        foreach (var pair in signatures.Chunk(2))
        {
            var cells = pair.Select(s => DocxTables.Cell(SignatureWidth, Block(s))).ToList();
            if (cells.Count == 1) cells.Add(DocxTables.Cell(SignatureWidth, []));
            table.Append(DocxTables.Row(cells));
        }
        return table;
    }

    private static IEnumerable<OpenXmlElement> Block(SignatureBlock s)
    {
        yield return Docx.Paragraph(null);
        yield return Docx.Paragraph(null);
        yield return Docx.Text("______________________________", DocxStyles.TableText);
        yield return Docx.Text(s.Name, DocxStyles.TableText, bold: true);
        yield return Docx.Text(s.Position, DocxStyles.TableText);
        yield return Docx.Text(s.Dependency, DocxStyles.TableText);
    }
}
