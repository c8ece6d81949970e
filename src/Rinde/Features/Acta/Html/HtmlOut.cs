using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Markdig.Renderers;
using Rinde.Features.Acta.Model;
using Rinde.Features.Survey.Results;
using Rinde.Features.Survey.Results.Charts;
using Rinde.Infrastructure;

namespace Rinde.Features.Acta.Html;

/// <summary>
/// The HTML being written. Every user text goes through <see cref="E"/> (Spanish letters
/// stay readable, markup is escaped); narratives go through Markdig with raw HTML disabled.
/// </summary>
internal sealed class HtmlOut
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public StringBuilder Sb { get; } = new();

    public static string E(string? text) => Encoder.Encode(Infrastructure.TextInput.Clean(text ?? ""));

    /// <summary>Escaped text whose line breaks are kept.</summary>
    public static string Lines(string? text) =>
        E((text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal)).Replace("&#xA;", "<br>", StringComparison.Ordinal);

    public HtmlOut Raw(string html)
    {
        Sb.Append(html);
        return this;
    }

    public HtmlOut P(string text, string? cssClass = null) =>
        Raw(cssClass is null ? $"<p>{Lines(text)}</p>\n" : $"<p class=\"{cssClass}\">{Lines(text)}</p>\n");

    public HtmlOut Labeled(string label, string value) => Raw($"<p><strong>{E(label)}</strong> {Lines(value)}</p>\n");

    public HtmlOut Heading(int level, string text) => Raw($"<h{level}>{E(text)}</h{level}>\n");

    public HtmlOut Source(string source) => source.Length == 0 ? this : P("Fuente: " + source, "fuente");

    public HtmlOut Link(string url) => Raw(Infrastructure.SafeLinks.IsSafe(url) ? $"<a href=\"{E(url.Trim())}\">{E(url.Trim())}</a>" : E(url));

    public HtmlOut Bullets(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? this : Raw("<ul>\n" + string.Concat(list.Select(i => $"<li>{Lines(i)}</li>\n")) + "</ul>\n");
    }

    public HtmlOut Markdown(string? markdown, string? label = null)
    {
        var html = ActaMarkdown.ToHtml(markdown);
        if (label is not null)
        {
            var lead = $"<strong>{E(label)}</strong> ";
            html = html.StartsWith("<p>", StringComparison.Ordinal) ? "<p>" + lead + html[3..] : $"<p>{lead}</p>\n{html}";
        }
        return Raw(html);
    }

    public HtmlOut Figure(ActaImage image)
    {
        var alt = string.IsNullOrWhiteSpace(image.Caption) ? "Imagen" : image.Caption;
        Raw($"<figure><img src=\"data:{image.ContentType};base64,{Convert.ToBase64String(image.Bytes)}\" alt=\"{E(alt)}\" width=\"{image.Width}\" height=\"{image.Height}\">");
        var caption = string.Join("", new[]
        {
            string.IsNullOrWhiteSpace(image.Caption) ? "" : $"<span class=\"nota\">{E(image.Caption)}</span>",
            string.IsNullOrWhiteSpace(image.Source) ? "" : $"<span class=\"fuente\">Fuente: {E(image.Source)}</span>",
        });
        return Raw(caption.Length > 0 ? $"<figcaption>{caption}</figcaption></figure>\n" : "</figure>\n");
    }

    /// <summary>A distribution: chart (SVG as an image, with its numbers as alternative text) beside its table.</summary>
    public HtmlOut Distribution(string title, string labelHeader, string countHeader, Distribution d, bool exclusive)
    {
        Raw("<div class=\"grafico\">\n");
        if (d.Base > 0)
        {
            var chart = DistributionCharts.Svg(title, d, exclusive);
            var svg = Convert.ToBase64String(Encoding.UTF8.GetBytes(chart.Svg!));
            Raw($"<figure><img src=\"data:image/svg+xml;base64,{svg}\" alt=\"{E(chart.AltText)}\" width=\"{chart.Width}\" height=\"{chart.Height}\"></figure>\n");
        }
        Raw($"<table>\n<thead><tr><th scope=\"col\">{E(labelHeader)}</th><th scope=\"col\" class=\"num\">{E(countHeader)}</th><th scope=\"col\" class=\"num\">%</th></tr></thead>\n<tbody>\n");
        foreach (var r in d.Rows)
        {
            Raw($"<tr><th scope=\"row\">{E(r.Label)}</th><td class=\"num\">{EsCo.Count(r.Count)}</td><td class=\"num\">{E(EsCo.Percent(r.Percent))}</td></tr>\n");
        }
        var totalLabel = exclusive ? "Total" : "Personas que respondieron";
        Raw($"</tbody>\n<tfoot><tr><th scope=\"row\">{totalLabel}</th><td class=\"num\">{EsCo.Count(d.Base)}</td><td class=\"num\">{(exclusive ? E(EsCo.Percent(d.Sum)) : "")}</td></tr></tfoot>\n</table>\n</div>\n");
        return d.Note is null ? this : P(d.Note, "nota");
    }
}
