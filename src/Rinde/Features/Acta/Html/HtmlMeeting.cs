using Rinde.Features.Acta.Model;

namespace Rinde.Features.Acta.Html;

/// <summary>The header table of the format, ACTA No. and the meeting's data, and the agenda.</summary>
internal static class HtmlMeeting
{
    public static void Header(HtmlOut o, ActaHeader h)
    {
        var middle = string.Concat(h.ProcessLines.Select(l => $"<strong>{HtmlOut.E(l)}</strong><br>"))
            + string.Join("<br>", h.SystemLines.Select(HtmlOut.E));
        o.Raw($"""
            <table class="encabezado">
            <colgroup><col style="width: 24%"><col style="width: 46%"><col style="width: 17%"><col style="width: 13%"></colgroup>
            <tr><td rowspan="3" class="entidad">{HtmlOut.E(h.EntityName)}</td><td>{middle}</td><td colspan="2"><strong>{HtmlOut.E(h.Code)}</strong></td></tr>
            <tr><td rowspan="2" class="formato">{HtmlOut.E(h.FormName)}</td><th scope="row">VERSIÓN</th><td>{HtmlOut.E(h.Version)}</td></tr>
            <tr><th scope="row">FECHA DE ENTRADA EN VIGENCIA</th><td>{HtmlOut.E(h.EffectiveDate)}</td></tr>
            </table>

            """);
    }

    public static void Write(HtmlOut o, ActaModel m)
    {
        var x = m.Meeting;
        o.Raw($"""
            <table class="reunion">
            <tr><td rowspan="3"><strong>ACTA No. {HtmlOut.E(x.NumberText)}</strong></td><th scope="row">FECHA:</th><td>{HtmlOut.E(x.Date)}</td></tr>
            <tr><th scope="row">HORA INICIAL:</th><td>{HtmlOut.E(x.StartTime)}</td></tr>
            <tr><th scope="row">HORA FINAL:</th><td>{HtmlOut.E(x.EndTime)}</td></tr>
            </table>

            """);
        o.Labeled("OBJETIVO:", x.Objective);
        o.Raw($"<p><strong>LUGAR:</strong> {HtmlOut.E(x.Place)}");
        if (x.Link.Length > 0)
        {
            o.Raw(" - Link ").Link(x.Link);
        }
        o.Raw("</p>\n");
        o.Labeled("ASISTENTES:", x.Attendees).Labeled("AUSENTES:", x.Absent).Labeled("INVITADOS:", x.Invited);
        o.Heading(2, "ORDEN DEL DÍA:");
        o.Raw("<ol>\n" + string.Concat(m.Agenda.Select(a => $"<li>{HtmlOut.E(a)}</li>\n")) + "</ol>\n");
        o.Heading(2, "DESARROLLO:");
    }
}
