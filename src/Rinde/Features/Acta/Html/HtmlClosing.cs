using Rinde.Features.Acta.Model;

namespace Rinde.Features.Acta.Html;

/// <summary>Item 9 (self-assessment and DOFA) and everything after it.</summary>
internal static class HtmlClosing
{
    public static void Write(HtmlOut o, ActaModel m)
    {
        var s = m.SelfAssessment;
        o.Heading(3, ActaTexts.DevelopmentTitles[8]).Markdown(s.NarrativeMarkdown);
        if (s.HasDofa)
        {
            o.Raw($"""
                <table class="dofa">
                <caption>Matriz DOFA y estrategias cruzadas</caption>
                <thead><tr><td class="esquina">DOFA</td>{Head("col", "Fortalezas", s.Strengths)}{Head("col", "Debilidades", s.Weaknesses)}</tr></thead>
                <tbody>
                <tr>{Head("row", "Oportunidades", s.Opportunities)}<td>{Items(s.FO)}</td><td>{Items(s.DO)}</td></tr>
                <tr>{Head("row", "Amenazas", s.Threats)}<td>{Items(s.FA)}</td><td>{Items(s.DA)}</td></tr>
                </tbody>
                </table>

                """);
        }
        o.Markdown(s.ConclusionMarkdown);
        if (!string.IsNullOrWhiteSpace(s.LessonsMarkdown)) o.Heading(4, "Lecciones para el próximo ejercicio").Markdown(s.LessonsMarkdown);

        o.Markdown(m.ResponsibilityMarkdown, "RESPONSABILIDAD:");
        o.Markdown(string.IsNullOrWhiteSpace(m.GeneralObservationsMarkdown) ? "Ninguna." : m.GeneralObservationsMarkdown,
            "OBSERVACIONES GENERALES (Propuestas, Cambios y/o Adiciones):");

        o.Raw("<table class=\"compromisos\">\n<caption>TAREAS Y COMPROMISOS ESTABLECIDOS EN ESTA REUNIÓN</caption>\n")
            .Raw("<thead><tr><th scope=\"col\">QUÉ HACER</th><th scope=\"col\">RESPONSABLE</th><th scope=\"col\">FECHA COMPROMISO</th></tr></thead>\n<tbody>\n");
        foreach (var c in m.Commitments)
        {
            o.Raw($"<tr><td>{HtmlOut.E(c.What)}</td><td>{HtmlOut.E(c.Owner)}</td><td>{HtmlOut.E(c.Date)}</td></tr>\n");
        }
        if (m.Commitments.Count == 0) o.Raw("<tr><td colspan=\"3\">No se establecieron compromisos.</td></tr>\n");
        o.Raw("</tbody>\n</table>\n");

        o.Heading(3, "Firmas (responsables)").Raw("<div class=\"firmas\">\n");
        foreach (var f in m.Signatures)
        {
            o.Raw($"<div class=\"firma\"><p class=\"linea\"><strong>{HtmlOut.E(f.Name)}</strong><br>{HtmlOut.E(f.Position)}<br>{HtmlOut.E(f.Dependency)}</p></div>\n");
        }
        o.Raw("</div>\n");
        if (!string.IsNullOrWhiteSpace(m.AnnexNoteMarkdown)) o.Markdown(m.AnnexNoteMarkdown, "NOTA:");
        o.Labeled("Elaboró:", m.PreparedBy).Labeled("Revisó:", m.ReviewedBy);
        o.Heading(3, "Anexos");
        if (m.Annexes.Count == 0) o.P(ActaTexts.NotApplicable);
        else o.Raw("<ol>\n" + string.Concat(m.Annexes.Select(a => $"<li>{HtmlOut.E(a)}</li>\n")) + "</ol>\n");
        if (m.Rendering == ActaRendering.Publica) o.P(ActaTexts.PublicNote, "nota");
    }

    private static string Head(string scope, string title, IReadOnlyList<string> items) =>
        $"<th scope=\"{scope}\">{HtmlOut.E(title)}{Items(items)}</th>";

    private static string Items(IReadOnlyList<string> items) => items.Count == 0
        ? "<p>—</p>"
        : "<ul>" + string.Concat(items.Select(i => $"<li>{HtmlOut.E(i)}</li>")) + "</ul>";
}
