using Rinde.Features.Acta.Model;

namespace Rinde.Features.Acta.Html;

/// <summary>
/// Writes the acta as one self-contained, printable page (lang es-CO; CSS, images and
/// charts inside), the source of the PDF too.
/// </summary>
public static class ActaHtmlWriter
{
    public const string ContentType = "text/html; charset=utf-8";

    /// <summary>Nothing in the page may load or run anything: user text is escaped and this is a second lock.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static string Write(ActaModel m)
    {
        var o = new HtmlOut();
        var title = $"Acta No. {m.Meeting.NumberText} – {m.Title}";
        o.Raw($"""
            <!DOCTYPE html>
            <html lang="es-CO">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{HtmlOut.E(title)}</title>
            <style>
            {ActaHtmlStyles.Css}
            </style>
            </head>
            <body>
            <table class="pagina" role="presentation">
            <thead><tr><td><header>

            """);
        HtmlMeeting.Header(o, m.Header);
        o.Raw("</header></td></tr></thead>\n<tbody><tr><td><main>\n");
        o.Raw($"<h1>{HtmlOut.E(m.Header.FormName)}</h1>\n");
        HtmlMeeting.Write(o, m);
        HtmlOpening.Write(o, m);
        HtmlQuestions.Write(o, m);
        HtmlClosing.Write(o, m);
        o.Raw("</main></td></tr></tbody>\n</table>\n</body>\n</html>\n");
        return o.Sb.ToString();
    }
}
