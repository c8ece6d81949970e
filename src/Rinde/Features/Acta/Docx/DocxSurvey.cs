using Rinde.Features.Acta.Model;
using Rinde.Features.Survey;
using Rinde.Features.Survey.Questionnaire;
using Rinde.Features.Survey.Results;
using Rinde.Infrastructure;

namespace Rinde.Features.Acta.Docx;

/// <summary>Item 8: respondents, and per question its chart, table, sentence and open answers.</summary>
internal static class DocxSurvey
{
    public static void Write(DocxContext ctx, ActaModel m)
    {
        var s = m.Survey;
        ctx.Add(Docx.Heading(2, ActaTexts.DevelopmentTitles[7]));
        ctx.Add(DocxMarkdown.Convert(ctx, s.IntroMarkdown));
        ctx.Add(Docx.Text(s.ResponsesSentence));
        var section = "";
        foreach (var q in s.Questions)
        {
            if (q.Section.Length > 0 && q.Section != section)
            {
                section = q.Section;
                ctx.Add(Docx.Heading(3, ActaTexts.Upper(section)));
            }
            Question(ctx, q, s.Responses);
        }
        ctx.Add(DocxMarkdown.Convert(ctx, s.ConclusionMarkdown));
    }

    private static void Question(DocxContext ctx, SurveyQuestionResult q, int responses)
    {
        ctx.Add(Docx.Heading(4, q.Question));
        ctx.Add(Docx.Text(ActaTexts.SurveyRespondents(q.Respondents, q.Unanswered)));
        if (q.IsClosed)
        {
            ctx.Add(DocxDistribution.Write(ctx, q.Question, "Opción", "Respuestas", q.Options,
                exclusive: q.Type != SurveyQuestionType.SeleccionMultiple));
            ctx.Add(Docx.Source(ActaTexts.SurveySource(responses)));
            ctx.Add(Docx.Text(q.Sentence));
        }
        else
        {
            ctx.Add(Docx.Text(q.Sentence));
            ctx.Add(q.Texts.Select(t => Docx.ListItem(DocxContext.BulletList, 0, Docx.Run(t))));
        }
        ctx.Add(DocxMarkdown.Convert(ctx, q.Commentary));
    }
}
