using System.ComponentModel.DataAnnotations;
using Rinde.Features.BackOffice;
using Rinde.Infrastructure;

namespace Rinde.Features.Questions;

/// <summary>A citizen's question as staff record it (from the web form, the live chat, paper...).</summary>
public sealed class QuestionForm
{
    [Display(Name = "Pregunta, propuesta u observación"), DataType(DataType.MultilineText)]
    [Required(ErrorMessage = "Escriba el texto de la pregunta.")]
    public string Text { get; set; } = "";

    [Display(Name = "Tipo")]
    public QuestionType Type { get; set; }

    [Display(Name = "Tema", Description = "Los temas se crean en «Temas de las preguntas».")]
    public int? ThemeId { get; set; }

    [Display(Name = "Canal")]
    public QuestionChannel Channel { get; set; }

    [Display(Name = "Recibida el", Description = "Fecha y hora de Colombia."), Required(ErrorMessage = "Escriba cuándo se recibió.")]
    public DateTime? ReceivedAt { get; set; }

    [Display(Name = "Anónima")]
    public bool Anonymous { get; set; }

    [Display(Name = "Nombre de quien pregunta"), StringLength(200, ErrorMessage = "El nombre admite hasta 200 caracteres.")]
    public string? CitizenName { get; set; }

    [Display(Name = "Correo electrónico", Description = "Nunca se publica."), DataType(DataType.EmailAddress)]
    [EmailAddress(ErrorMessage = "El correo no es válido.")]
    public string? Email { get; set; }

    [Display(Name = "Autorizó el tratamiento de sus datos")]
    public bool Consent { get; set; }

    [Display(Name = "Autorizó publicar su nombre", Description = "Sin esta autorización el acta pública dice «Ciudadano(a)».")]
    public bool PublishName { get; set; }

    [Display(Name = "Respuesta"), DataType(DataType.MultilineText)]
    public string? Answer { get; set; }

    [Display(Name = "Respondió")]
    public string? AnsweredBy { get; set; }

    [Display(Name = "Respondida en vivo")]
    public bool AnsweredLive { get; set; }

    [Display(Name = "Respondida el", Description = "Fecha y hora de Colombia.")]
    public DateTime? AnsweredAt { get; set; }

    [Display(Name = "Acciones a desarrollar"), DataType(DataType.MultilineText)]
    public string Actions { get; set; } = "";

    [Display(Name = "Plazo de respuesta", Description = "Fecha límite para responder por escrito.")]
    public DateOnly? Deadline { get; set; }

    public static QuestionForm From(CitizenQuestion q) => new()
    {
        Text = q.Text, Type = q.Type, ThemeId = q.ThemeId, Channel = q.Channel, ReceivedAt = ColombiaTime.FromUtc(q.ReceivedAt),
        Anonymous = q.Anonymous, CitizenName = q.CitizenName, Email = q.Email, Consent = q.Consent, PublishName = q.PublishName,
        Answer = q.Answer, AnsweredBy = q.AnsweredBy, AnsweredLive = q.AnsweredLive, AnsweredAt = ColombiaTime.FromUtc(q.AnsweredAt),
        Actions = q.Actions, Deadline = q.Deadline,
    };

    public void ApplyTo(CitizenQuestion q)
    {
        (q.Text, q.Type, q.ThemeId, q.Channel, q.ReceivedAt) = (Text, Type, ThemeId, Channel, ColombiaTime.ToUtc(ReceivedAt!.Value));
        (q.Anonymous, q.CitizenName, q.Email, q.Consent, q.PublishName) = (Anonymous, Anonymous ? null : CitizenName, Email, Consent, PublishName);
        (q.Answer, q.AnsweredBy, q.AnsweredLive, q.AnsweredAt) = (Answer, AnsweredBy, AnsweredLive, ColombiaTime.ToUtc(AnsweredAt));
        (q.Actions, q.Deadline) = (Actions, Deadline);
    }

    /// <summary>The rules between fields, as (field, Spanish message).</summary>
    public IEnumerable<(string Field, string Message)> CrossChecks()
    {
        if (Anonymous && CitizenName is not null)
        {
            yield return (nameof(CitizenName), "Una pregunta anónima no lleva nombre: borre el nombre o desmarque «Anónima».");
        }
        if (PublishName && !Consent)
        {
            yield return (nameof(PublishName), "Solo se publica el nombre de quien autorizó el tratamiento de sus datos.");
        }
        if (AnsweredLive && Answer is null)
        {
            yield return (nameof(Answer), "Escriba la respuesta que se dio en vivo.");
        }
        if (AnsweredAt < ReceivedAt)
        {
            yield return (nameof(AnsweredAt), "La fecha de respuesta no puede ser anterior a la de recepción.");
        }
    }
}
