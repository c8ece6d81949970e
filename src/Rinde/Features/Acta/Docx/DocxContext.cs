using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rinde.Features.Acta.Docx;

/// <summary>
/// The document being written: its main part, its body and the counters that must be
/// unique across the package (drawing ids, numbered lists, hyperlink relationships).
/// </summary>
internal sealed class DocxContext(MainDocumentPart main)
{
    /// <summary>Content width between margins, in twips (letter paper, 2 cm margins).</summary>
    public const int ContentWidth = 9972;

    public const int BulletList = 1;

    private readonly Dictionary<string, string> _links = [];
    private uint _drawingId;

    public MainDocumentPart Main { get; } = main;
    public Body Body { get; } = new();

    /// <summary>Numbered lists created so far; each restarts at 1 (see <see cref="DocxNumbering"/>).</summary>
    public int NumberedLists { get; private set; }

    public void Add(params OpenXmlElement[] elements) => Add((IEnumerable<OpenXmlElement>)elements);

    public void Add(IEnumerable<OpenXmlElement> elements)
    {
        foreach (var e in elements)
        {
            Body.Append(e);
        }
    }

    public int NewNumberedList() => DocxNumbering.FirstNumberedId + NumberedLists++;

    public uint NextDrawingId() => ++_drawingId;

    /// <summary>The relationship id of an external link, or null when the address is not safe.</summary>
    public string? LinkId(string? url)
    {
        if (!Infrastructure.SafeLinks.IsSafe(url))
        {
            return null;
        }
        var key = url!.Trim();
        if (!_links.TryGetValue(key, out var id))
        {
            id = Main.AddHyperlinkRelationship(new Uri(key, UriKind.Absolute), true, $"rIdLink{_links.Count + 1}").Id;
            _links[key] = id;
        }
        return id;
    }

    /// <summary>A link run, or plain text when the address cannot be linked.</summary>
    public OpenXmlElement Link(string url, string? text = null)
    {
        var run = Docx.Run(text ?? url, style: DocxStyles.Hyperlink);
        return LinkId(url) is { } id ? new Hyperlink(run) { Id = id, History = true } : Docx.Run(text ?? url);
    }
}
