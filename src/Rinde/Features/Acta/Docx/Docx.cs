using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rinde.Features.Acta.Docx;

/// <summary>Small builders of runs and paragraphs, so the parts read like the acta.</summary>
internal static class Docx
{
    public static Run Run(string text, bool bold = false, bool italic = false, string? style = null)
    {
        var run = new Run();
        if (bold || italic || style is not null)
        {
            var props = new RunProperties();
            if (style is not null) props.RunStyle = new RunStyle { Val = style };
            if (bold) props.Bold = new Bold();
            if (italic) props.Italic = new Italic();
            run.RunProperties = props;
        }
        var lines = Infrastructure.TextInput.Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return run;
    }

    // Every OpenXmlElement is also an IEnumerable<OpenXmlElement> (its children): the params
    // overloads take single elements, the IEnumerable ones take sequences, as the SDK's Append.
    public static Paragraph Paragraph(string? style, params OpenXmlElement[] content) =>
        Paragraph(style, (IEnumerable<OpenXmlElement>)content);

    public static Paragraph Paragraph(string? style, IEnumerable<OpenXmlElement> content)
    {
        var p = new Paragraph();
        if (style is not null)
        {
            p.ParagraphProperties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } };
        }
        foreach (var c in content)
        {
            p.Append(c);
        }
        return p;
    }

    public static Paragraph Text(string text, string? style = null, bool bold = false) =>
        Paragraph(style, Run(text, bold));

    /// <summary>"LABEL: value", the label in bold, as the seed's header lines.</summary>
    public static Paragraph Labeled(string label, string value, string? style = null) =>
        Paragraph(style, Run(label + " ", bold: true), Run(value));

    public static Paragraph Heading(int level, string text) => Text(text, DocxStyles.HeadingStyle(level));

    public static Paragraph Source(string source) => Text("Fuente: " + source, DocxStyles.Source);

    public static Paragraph Centered(Paragraph p)
    {
        p.ParagraphProperties ??= new ParagraphProperties();
        p.ParagraphProperties.Justification = new Justification { Val = JustificationValues.Center };
        return p;
    }

    /// <summary>Lined up with the text of the bullet above it.</summary>
    public static Paragraph Indented(Paragraph p)
    {
        p.ParagraphProperties ??= new ParagraphProperties();
        p.ParagraphProperties.Indentation = new Indentation { Left = "360" };
        return p;
    }

    /// <summary>A bullet (or numbered item) at a nesting level.</summary>
    public static Paragraph ListItem(int numId, int level, params OpenXmlElement[] content) =>
        ListItem(numId, level, (IEnumerable<OpenXmlElement>)content);

    public static Paragraph ListItem(int numId, int level, IEnumerable<OpenXmlElement> content)
    {
        var p = Paragraph(DocxStyles.ListParagraph, content);
        p.ParagraphProperties!.NumberingProperties = new NumberingProperties(
            new NumberingLevelReference { Val = level }, new NumberingId { Val = numId });
        return p;
    }
}
