using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rinde.Tests.Acta;

/// <summary>What the tests read from a generated DOCX.</summary>
public sealed record DocxContent(string Body, string Header, string Footer, int Images, IReadOnlyList<string> Errors)
{
    public static DocxContent Read(byte[] bytes)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var main = doc.MainDocumentPart!;
        var errors = new OpenXmlValidator().Validate(doc)
            .Select(e => $"{e.Description} [{e.Path?.XPath}] ({e.Part?.Uri})").ToList();
        string Text(DocumentFormat.OpenXml.OpenXmlElement root) =>
            string.Join("\n", root.Descendants<Paragraph>().Select(p => p.InnerText));
        return new DocxContent(
            Text(main.Document!.Body!),
            string.Join("\n", main.HeaderParts.Select(h => Text(h.Header!))),
            string.Join("\n", main.FooterParts.Select(f => Text(f.Footer!))),
            main.ImageParts.Count(),
            errors);
    }

    public static int Count(string text, string what) =>
        (text.Length - text.Replace(what, "", StringComparison.Ordinal).Length) / what.Length;
}
