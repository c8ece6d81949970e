using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Rinde.Infrastructure;

namespace Rinde.Features.Acta;

/// <summary>
/// The narratives are Markdown written by staff. Raw HTML is off (it prints as text), bare
/// URLs become links, a single line break is kept, and only http, https and mailto links
/// survive: anything else (javascript:, relative paths) prints as plain text.
/// </summary>
public static class ActaMarkdown
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseSoftlineBreakAsHardlineBreak()
        .Build();

    /// <summary>Safe HTML for a page: the same rules as the acta (no raw HTML, only safe links).</summary>
    public static string ToHtml(string? markdown)
    {
        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(Parse(markdown ?? ""));
        return writer.ToString();
    }

    public static MarkdownDocument Parse(string markdown)
    {
        var document = Markdown.Parse(markdown ?? "", Pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            // Images would load from outside the acta; print them as links to their address.
            link.IsImage = false;
            if (!SafeLinks.IsSafe(link.Url))
            {
                Unwrap(link);
            }
        }
        // <scheme:...> autolinks are parsed apart from links and would keep any scheme.
        foreach (var auto in document.Descendants<AutolinkInline>().ToList())
        {
            if (!auto.IsEmail && !SafeLinks.IsSafe(auto.Url))
            {
                auto.ReplaceBy(new LiteralInline(auto.Url));
            }
        }
        return document;
    }

    /// <summary>Replaces an unsafe link by its text.</summary>
    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }
        link.Remove();
    }
}
