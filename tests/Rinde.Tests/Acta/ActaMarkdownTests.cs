using Rinde.Features.Acta.Html;

namespace Rinde.Tests.Acta;

public class ActaMarkdownTests
{
    private static string Html(string markdown) => new HtmlOut().Markdown(markdown).Sb.ToString();

    [Fact]
    public void Narratives_render_lists_emphasis_and_links()
    {
        var html = Html("Texto **fuerte** y *suave*.\n\n- uno\n- dos\n\n1. primero\n\nVer https://www.cali.gov.co y [portal](https://datos.cali.gov.co).");
        Assert.Contains("<strong>fuerte</strong>", html);
        Assert.Contains("<em>suave</em>", html);
        Assert.Contains("<ul>", html);
        Assert.Contains("<ol>", html);
        Assert.Contains("<a href=\"https://www.cali.gov.co\">", html);
        Assert.Contains("<a href=\"https://datos.cali.gov.co\">portal</a>", html);
    }

    [Fact]
    public void Raw_html_and_unsafe_links_never_become_markup()
    {
        var html = Html("<script>alert(1)</script> <b>negrita</b> [clic](javascript:alert(1)) ![img](https://evil.example/x.png)");
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.Contains("clic", html);
        Assert.DoesNotContain("<img", html);
    }
}
