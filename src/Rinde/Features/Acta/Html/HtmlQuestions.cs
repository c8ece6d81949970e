using Rinde.Features.Acta.Model;
using Rinde.Features.Survey;
using Rinde.Features.Survey.Questionnaire;
using Rinde.Features.Survey.Results;
using Rinde.Infrastructure;

namespace Rinde.Features.Acta.Html;

/// <summary>Items 6 to 8: the questions table, their analysis, and the survey.</summary>
internal static class HtmlQuestions
{
    public static void Write(HtmlOut o, ActaModel m)
    {
        o.Heading(3, ActaTexts.DevelopmentTitles[5]).Markdown(m.Questions.IntroMarkdown);
        if (m.Questions.Rows.Count == 0 && m.Questions.ModerationNote.Length == 0) o.P("No se recibieron propuestas, observaciones ni preguntas.");
        else if (m.Questions.Rows.Count > 0)
        {
            o.Raw("<table class=\"preguntas\">\n<thead><tr><th scope=\"col\">No.</th><th scope=\"col\">PQRSD</th><th scope=\"col\">Respuesta</th><th scope=\"col\">Acciones a Desarrollar</th></tr></thead>\n<tbody>\n");
            foreach (var q in m.Questions.Rows)
            {
                o.Raw($"<tr><th scope=\"row\">{q.Number}</th><td><strong>{HtmlOut.E(q.Asker)}</strong><br>{HtmlOut.Lines(q.Text)}</td><td>{HtmlOut.Lines(q.Answer)}</td><td>{HtmlOut.Lines(q.Actions)}</td></tr>\n");
            }
            o.Raw("</tbody>\n</table>\n");
        }
        if (m.Questions.ModerationNote.Length > 0) o.P(m.Questions.ModerationNote);

        var a = m.Analysis;
        o.Heading(3, ActaTexts.DevelopmentTitles[6]).P(a.Summary);
        if (a.Total > 0)
        {
            if (a.ThemeSentence.Length > 0) o.P(a.ThemeSentence);
            o.Distribution("Preguntas por tema", "Tema", "Preguntas", a.ByTheme, exclusive: true);
            o.Distribution("Preguntas por canal", "Canal", "Preguntas", a.ByChannel, exclusive: true);
            o.Distribution("Preguntas por tipo", "Tipo", "Preguntas", a.ByType, exclusive: true);
        }
        o.P(a.PendingSentence).Bullets(a.PendingItems).Markdown(a.CommentaryMarkdown);

        var s = m.Survey;
        o.Heading(3, ActaTexts.DevelopmentTitles[7]).Markdown(s.IntroMarkdown).P(s.ResponsesSentence);
        var section = "";
        foreach (var q in s.Questions)
        {
            if (q.Section.Length > 0 && q.Section != section)
            {
                section = q.Section;
                o.Heading(4, ActaTexts.Upper(section));
            }
            Question(o, q, s.Responses);
        }
        o.Markdown(s.ConclusionMarkdown);
    }

    private static void Question(HtmlOut o, SurveyQuestionResult q, int responses)
    {
        o.Raw("<section class=\"pregunta-encuesta\">\n").Heading(5, q.Question);
        o.P(ActaTexts.SurveyRespondents(q.Respondents, q.Unanswered));
        if (q.IsClosed)
        {
            o.Distribution(q.Question, "Opción", "Respuestas", q.Options, exclusive: q.Type != SurveyQuestionType.SeleccionMultiple)
                .Source(ActaTexts.SurveySource(responses))
                .P(q.Sentence);
        }
        else
        {
            o.P(q.Sentence).Bullets(q.Texts);
        }
        o.Markdown(q.Commentary).Raw("</section>\n");
    }
}
