using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Rinde.Features.Acta.Docx;

/// <summary>
/// Converts a narrative (Markdown) into Word paragraphs: paragraphs, bulleted and numbered
/// lists (nested), bold, italic, code and links. An optional bold label ("RESPONSABILIDAD:")
/// opens the first paragraph, as the seed writes it.
/// </summary>
internal static class DocxMarkdown
{
    private sealed record Format(bool Bold = false, bool Italic = false, bool Code = false, bool Link = false);

    public static List<OpenXmlElement> Convert(DocxContext ctx, string? markdown, string? label = null, string? style = null)
    {
        var output = new List<OpenXmlElement>();
        Blocks(ctx, ActaMarkdown.Parse(markdown ?? ""), output, listLevel: -1, style);
        if (label is not null)
        {
            var first = output.OfType<Paragraph>().FirstOrDefault();
            if (first is null || output[0] is not Paragraph || first.ParagraphProperties?.NumberingProperties is not null)
            {
                output.Insert(0, first = Docx.Paragraph(style));
            }
            first.InsertAfter(Docx.Run(label + " ", bold: true), first.ParagraphProperties);
        }
        return output;
    }

    private static void Blocks(DocxContext ctx, ContainerBlock container, List<OpenXmlElement> output, int listLevel, string? style)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case ListBlock list:
                    var numId = list.IsOrdered ? ctx.NewNumberedList() : DocxContext.BulletList;
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        var start = output.Count;
                        Blocks(ctx, item, output, listLevel + 1, style);
                        if (start < output.Count && output[start] is Paragraph p && p.ParagraphProperties?.NumberingProperties is null)
                        {
                            output[start] = Docx.ListItem(numId, Math.Min(listLevel + 1, 2), p.ChildElements.Where(c => c is not ParagraphProperties).Select(c => c.CloneNode(true)));
                        }
                    }
                    break;
                case HeadingBlock heading:
                    output.Add(Para(ctx, heading.Inline, new Format(Bold: true), style, listLevel));
                    break;
                case ParagraphBlock paragraph:
                    output.Add(Para(ctx, paragraph.Inline, new Format(), style, listLevel));
                    break;
                case QuoteBlock quote:
                    Blocks(ctx, quote, output, listLevel + 1, style);
                    break;
                case LeafBlock leaf when leaf.Lines.Count > 0:
                    // Code and any other literal block: its lines as they are.
                    output.Add(Docx.Paragraph(style, Docx.Run(leaf.Lines.ToString())));
                    break;
            }
        }
    }

    private static Paragraph Para(DocxContext ctx, ContainerInline? inline, Format format, string? style, int listLevel)
    {
        var p = Docx.Paragraph(style);
        if (listLevel >= 0)
        {
            // Later paragraphs of a list item line up with its text.
            p.ParagraphProperties ??= new ParagraphProperties();
            p.ParagraphProperties.Indentation = new Indentation { Left = (360 * (listLevel + 1)).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }
        Inlines(ctx, inline, format, p);
        return p;
    }

    private static void Inlines(DocxContext ctx, ContainerInline? container, Format format, OpenXmlElement target)
    {
        if (container is null) return;
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    target.Append(Run(literal.Content.ToString(), format));
                    break;
                case CodeInline code:
                    target.Append(Run(code.Content, format with { Code = true }));
                    break;
                case LineBreakInline lineBreak:
                    target.Append(lineBreak.IsHard ? new Run(new Break()) : Run(" ", format));
                    break;
                case HtmlEntityInline entity:
                    target.Append(Run(entity.Transcoded.ToString(), format));
                    break;
                case AutolinkInline auto:
                    target.Append(ctx.Link(auto.IsEmail ? "mailto:" + auto.Url : auto.Url, auto.Url));
                    break;
                case LinkInline link:
                    var id = ctx.LinkId(link.Url);
                    var holder = id is null ? target : new Hyperlink { Id = id, History = true };
                    Inlines(ctx, link, format with { Link = id is not null }, holder);
                    if (link.FirstChild is null) holder.Append(Run(link.Url ?? "", format with { Link = id is not null }));
                    if (id is not null) target.Append(holder);
                    break;
                case EmphasisInline emphasis:
                    Inlines(ctx, emphasis, emphasis.DelimiterCount >= 2 ? format with { Bold = true } : format with { Italic = true }, target);
                    break;
                case ContainerInline inner:
                    Inlines(ctx, inner, format, target);
                    break;
                case HtmlInline html:
                    target.Append(Run(html.Tag, format));
                    break;
            }
        }
    }

    private static Run Run(string text, Format f)
    {
        var run = Docx.Run(text, f.Bold, f.Italic, f.Link ? DocxStyles.Hyperlink : null);
        if (f.Code)
        {
            run.RunProperties ??= new RunProperties();
            run.RunProperties.RunFonts = new RunFonts { Ascii = "Courier New", HighAnsi = "Courier New" };
        }
        return run;
    }
}
