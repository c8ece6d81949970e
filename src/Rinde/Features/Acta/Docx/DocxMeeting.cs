using DocumentFormat.OpenXml.Wordprocessing;
using Rinde.Features.Acta.Model;

namespace Rinde.Features.Acta.Docx;

/// <summary>ACTA No., date and times, objective, place, attendees, and the agenda.</summary>
internal static class DocxMeeting
{
    private static readonly int[] Widths = [5472, 2000, 2500];

    public static void Write(DocxContext ctx, ActaModel m)
    {
        var meeting = m.Meeting;
        var table = DocxTables.Create(Widths);
        table.Append(
            Row(DocxTables.Cell(Widths[0], [Docx.Text("ACTA No. " + meeting.NumberText, DocxStyles.TableText, bold: true)], merge: MergedCellValues.Restart), "FECHA:", meeting.Date),
            Row(DocxTables.Cell(Widths[0], [new Paragraph()], merge: MergedCellValues.Continue), "HORA INICIAL:", meeting.StartTime),
            Row(DocxTables.Cell(Widths[0], [new Paragraph()], merge: MergedCellValues.Continue), "HORA FINAL:", meeting.EndTime));
        ctx.Add(table, Docx.Paragraph(null));

        ctx.Add(Docx.Labeled("OBJETIVO:", meeting.Objective));
        var place = Docx.Labeled("LUGAR:", meeting.Place);
        if (meeting.Link.Length > 0)
        {
            place.Append(Docx.Run(" - Link "), ctx.Link(meeting.Link));
        }
        ctx.Add(place,
            Docx.Labeled("ASISTENTES:", meeting.Attendees),
            Docx.Labeled("AUSENTES:", meeting.Absent),
            Docx.Labeled("INVITADOS:", meeting.Invited));

        ctx.Add(Docx.Heading(1, "ORDEN DEL DÍA:"));
        var agenda = ctx.NewNumberedList();
        ctx.Add(m.Agenda.Select(item => Docx.ListItem(agenda, 0, Docx.Run(item))));
        ctx.Add(Docx.Heading(1, "DESARROLLO:"));
    }

    private static TableRow Row(TableCell first, string label, string value) =>
        DocxTables.Row(first,
            DocxTables.TextCell(Widths[1], label, bold: true, shade: DocxTables.LabelShade),
            DocxTables.TextCell(Widths[2], value));
}
