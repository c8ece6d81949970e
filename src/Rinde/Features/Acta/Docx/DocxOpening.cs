using Rinde.Features.Acta.Model;

namespace Rinde.Features.Acta.Docx;

/// <summary>Items 1 to 4: topics per office, convocation, date and place, attendance.</summary>
internal static class DocxOpening
{
    public static void Write(DocxContext ctx, ActaModel m)
    {
        ctx.Add(Docx.Heading(2, ActaTexts.DevelopmentTitles[0]));
        ctx.Add(DocxMarkdown.Convert(ctx, m.Topics.IntroMarkdown));
        foreach (var office in m.Topics.Offices)
        {
            ctx.Add(Docx.Heading(3, office.Heading));
            ctx.Add(office.Topics.Select(t => Docx.ListItem(DocxContext.BulletList, 0, Docx.Run(t))));
        }

        ctx.Add(Docx.Heading(2, ActaTexts.DevelopmentTitles[1]));
        ctx.Add(DocxMarkdown.Convert(ctx, m.Convocation.IntroMarkdown));
        foreach (var action in m.Convocation.Actions)
        {
            var item = Docx.ListItem(DocxContext.BulletList, 0, Docx.Run(action.Channel, bold: true));
            if (action.Details.Length > 0) item.Append(Docx.Run(" (" + action.Details + ")"));
            ctx.Add(item);
            if (action.Description.Length > 0) ctx.Add(Docx.Indented(Docx.Text(action.Description)));
            foreach (var image in action.Images)
            {
                ctx.Add(DocxImages.Figure(ctx, image));
            }
            if (action.Source.Length > 0) ctx.Add(Docx.Source(action.Source));
            foreach (var link in action.Links)
            {
                ctx.Add(Docx.Paragraph(DocxStyles.Source, ctx.Link(link)));
            }
        }

        ctx.Add(Docx.Heading(2, ActaTexts.DevelopmentTitles[2]));
        ctx.Add(m.Event.Lines.Select(l => Docx.Labeled(l.Label + ":", l.Value)));
        if (m.Event.Link.Length > 0) ctx.Add(Docx.Paragraph(null, Docx.Run("Link: ", bold: true), ctx.Link(m.Event.Link)));
        if (m.Event.Source.Length > 0) ctx.Add(Docx.Source(m.Event.Source));

        ctx.Add(Docx.Heading(2, ActaTexts.DevelopmentTitles[3]));
        if (m.Audience.Count == 0)
        {
            ctx.Add(Docx.Text("No se registraron cifras de asistencia ni de audiencia."));
        }
        foreach (var line in m.Audience)
        {
            ctx.Add(Docx.Text(line.Sentence));
            if (line.Source.Length > 0) ctx.Add(Docx.Source(line.Source));
        }
    }
}
