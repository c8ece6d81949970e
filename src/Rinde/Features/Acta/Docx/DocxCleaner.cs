using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Rinde.Infrastructure;

namespace Rinde.Features.Acta.Docx;

/// <summary>
/// The writer's last defence: no text or attribute of the package may hold a character XML
/// cannot store (see <see cref="TextInput"/>), whatever part of the acta put it there.
/// Entry points already remove them; this keeps older stored data from stopping the acta.
/// </summary>
internal static class DocxCleaner
{
    public static void Clean(MainDocumentPart main)
    {
        Clean(main.Document);
        foreach (var header in main.HeaderParts) Clean(header.Header);
        foreach (var footer in main.FooterParts) Clean(footer.Footer);
    }

    private static void Clean(OpenXmlElement? root)
    {
        if (root is null) return;
        foreach (var element in root.Descendants())
        {
            if (element is OpenXmlLeafTextElement text && TextInput.FirstForbidden(text.Text) >= 0)
            {
                text.Text = TextInput.Clean(text.Text);
            }
            if (!element.HasAttributes) continue;
            foreach (var attribute in element.GetAttributes())
            {
                if (attribute.Value is { } value && TextInput.FirstForbidden(value) >= 0)
                {
                    element.SetAttribute(new OpenXmlAttribute(attribute.Prefix, attribute.LocalName, attribute.NamespaceUri, TextInput.Clean(value)));
                }
            }
        }
    }
}
