using Rinde.Features.Acta.Model;

namespace Rinde.Features.Acta.Docx;

/// <summary>Item 6 (the questions table) and item 7 (their analysis).</summary>
internal static class DocxQuestions
{
    private static readonly int[] Widths = [700, 3500, 3972, 1800];

    public static void Write(DocxContext ctx, ActaModel m)
    {
        ctx.Add(Docx.Heading(2, ActaTexts.DevelopmentTitles[5]));
        ctx.Add(DocxMarkdown.Convert(ctx, m.Questions.IntroMarkdown));
        if (m.Questions.Rows.Count == 0 && m.Questions.ModerationNote.Length == 0)
        {
            ctx.Add(Docx.Text("No se recibieron propuestas, observaciones ni preguntas."));
        }
        else if (m.Questions.Rows.Count > 0)
        {
            var table = DocxTables.Create(Widths);
            table.Append(DocxTables.HeaderRow(Widths, "No.", "PQRSD", "Respuesta", "Acciones a Desarrollar"));
            foreach (var q in m.Questions.Rows)
            {
                table.Append(DocxTables.Row(
                    DocxTables.TextCell(Widths[0], q.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    DocxTables.Cell(Widths[1], [Docx.Text(q.Asker, DocxStyles.TableText, bold: true), .. DocxTables.Paragraphs(q.Text)]),
                    DocxTables.Cell(Widths[2], DocxTables.Paragraphs(q.Answer)),
                    DocxTables.TextCell(Widths[3], q.Actions)));
            }
            ctx.Add(table, Docx.Paragraph(null));
        }
        if (m.Questions.ModerationNote.Length > 0)
        {
            ctx.Add(Docx.Text(m.Questions.ModerationNote));
        }

        var a = m.Analysis;
        ctx.Add(Docx.Heading(2, ActaTexts.DevelopmentTitles[6]));
        ctx.Add(Docx.Text(a.Summary));
        if (a.Total > 0)
        {
            if (a.ThemeSentence.Length > 0) ctx.Add(Docx.Text(a.ThemeSentence));
            ctx.Add(DocxDistribution.Write(ctx, "Preguntas por tema", "Tema", "Preguntas", a.ByTheme, exclusive: true));
            ctx.Add(DocxDistribution.Write(ctx, "Preguntas por canal", "Canal", "Preguntas", a.ByChannel, exclusive: true));
            ctx.Add(DocxDistribution.Write(ctx, "Preguntas por tipo", "Tipo", "Preguntas", a.ByType, exclusive: true));
        }
        ctx.Add(Docx.Text(a.PendingSentence));
        ctx.Add(a.PendingItems.Select(p => Docx.ListItem(DocxContext.BulletList, 0, Docx.Run(p))));
        ctx.Add(DocxMarkdown.Convert(ctx, a.CommentaryMarkdown));
    }
}
