using Markdig;
using Microsoft.AspNetCore.Html;

namespace Rinde.Infrastructure;

/// <summary>Markdown written by staff, rendered to HTML with any raw HTML in it escaped.</summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static HtmlString ToHtml(string? markdown) =>
        new(string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToHtml(markdown, Pipeline));
}
