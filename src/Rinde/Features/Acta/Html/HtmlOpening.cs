using Rinde.Features.Acta.Model;

namespace Rinde.Features.Acta.Html;

/// <summary>Items 1 to 5: topics, convocation, date and place, attendance, information reported.</summary>
internal static class HtmlOpening
{
    public static void Write(HtmlOut o, ActaModel m)
    {
        o.Heading(3, ActaTexts.DevelopmentTitles[0]).Markdown(m.Topics.IntroMarkdown);
        foreach (var office in m.Topics.Offices)
        {
            o.Heading(4, office.Heading).Bullets(office.Topics);
        }

        o.Heading(3, ActaTexts.DevelopmentTitles[1]).Markdown(m.Convocation.IntroMarkdown);
        foreach (var a in m.Convocation.Actions)
        {
            o.Raw($"<section class=\"accion\"><p><strong>{HtmlOut.E(a.Channel)}</strong>{(a.Details.Length > 0 ? $" ({HtmlOut.E(a.Details)})" : "")}</p>\n");
            if (a.Description.Length > 0) o.P(a.Description);
            foreach (var image in a.Images) o.Figure(image);
            o.Source(a.Source);
            foreach (var link in a.Links)
            {
                o.Raw("<p class=\"fuente\">").Link(link).Raw("</p>\n");
            }
            o.Raw("</section>\n");
        }

        o.Heading(3, ActaTexts.DevelopmentTitles[2]);
        foreach (var (label, value) in m.Event.Lines) o.Labeled(label + ":", value);
        if (m.Event.Link.Length > 0) o.Raw("<p><strong>Link:</strong> ").Link(m.Event.Link).Raw("</p>\n");
        o.Source(m.Event.Source);

        o.Heading(3, ActaTexts.DevelopmentTitles[3]);
        if (m.Audience.Count == 0) o.P("No se registraron cifras de asistencia ni de audiencia.");
        foreach (var line in m.Audience) o.P(line.Sentence).Source(line.Source);

        o.Heading(3, ActaTexts.DevelopmentTitles[4]).Markdown(m.Report.IntroMarkdown);
        foreach (var s in m.Report.Sections)
        {
            o.Heading(4, $"{s.Number} {s.Title}").Markdown(s.NarrativeMarkdown);
            if (s.Figures.Count > 0)
            {
                o.Raw("<table>\n<thead><tr><th scope=\"col\">Dato</th><th scope=\"col\">Valor</th><th scope=\"col\">Fuente</th></tr></thead>\n<tbody>\n");
                foreach (var f in s.Figures)
                {
                    o.Raw($"<tr><th scope=\"row\">{HtmlOut.E(f.Label)}</th><td class=\"num\"><strong>{HtmlOut.E(f.Value)}</strong></td><td>{HtmlOut.E(f.Source)}</td></tr>\n");
                }
                o.Raw("</tbody>\n</table>\n");
            }
            foreach (var image in s.Images) o.Figure(image);
        }
    }
}
