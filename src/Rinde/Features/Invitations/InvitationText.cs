using System.Text;
using Rinde.Features.Exercises;
using Rinde.Features.Messages;
using Rinde.Features.Portal;
using Rinde.Infrastructure;

namespace Rinde.Features.Invitations;

/// <summary>
/// What an invitation says: the subject and the Markdown body with their placeholders filled
/// in for one contact, rendered safely (ActaMarkdown: no raw HTML, links only http(s)/mailto),
/// the add-to-Google-Calendar link and the dialogue's .ics (the portal's own calendar code).
/// </summary>
public sealed class InvitationText(MessageLinks links)
{
    public const int MaxSubject = 300;
    public const int MaxBody = 20_000;
    public const string Kind = "invitacion";

    public static readonly IReadOnlyList<(string Key, string Meaning)> Placeholders =
    [
        ("{nombre}", "el nombre del contacto"), ("{ejercicio}", "el nombre del diálogo"), ("{fecha}", "la fecha del diálogo"),
        ("{hora}", "la hora de inicio y de fin"), ("{lugar}", "el lugar"), ("{enlace}", "la página del diálogo en el portal"),
        ("{como_participar}", "cómo asistir, ver la transmisión y enviar preguntas"), ("{entidad}", "el nombre de la entidad"),
    ];

    public static string DefaultSubject => "Invitación: {ejercicio} · {fecha}";

    public static string DefaultBody =>
        "Cordial saludo, {nombre}:\n\n{entidad} le invita al espacio de diálogo de rendición de cuentas **{ejercicio}**, "
        + "el {fecha}, {hora}.\n\n{como_participar}\n\nMás información: {enlace}";

    public string PageUrl(Exercise e) => links.Absolute($"/ejercicios/{e.Id}");

    /// <summary>The message for one contact; the same .ics for everyone.</summary>
    public MailDraft Draft(Exercise e, string entityName, string subject, string body, string email, string name, Guid invitationId, DateTime nowUtc)
    {
        var values = Values(e, entityName, name);
        var markdown = Fill(body, values, escape: true);
        var parts = new List<MailPart>
        {
            new(Fill(body, values, escape: false), SafeHtml: Acta.ActaMarkdown.ToHtml(markdown)),
            new("", "Agregar a Google Calendar", CalendarLinks.Google(e)),
            new("El archivo adjunto agrega el diálogo a su calendario (Outlook, Apple, Thunderbird…)."),
        };
        return new MailDraft(Kind, email, Fill(subject, values, escape: false).ReplaceLineEndings(" "), entityName, parts,
            links.Unsubscribe(email), null, new MailAttachment($"rendicion-de-cuentas-{e.Id}.ics", CalendarLinks.Ics(e, PageUrl(e), nowUtc)), invitationId);
    }

    private Dictionary<string, string> Values(Exercise e, string entityName, string name)
    {
        var (start, end) = (e.ScheduledStart ?? new TimeOnly(9, 0), e.ScheduledEnd);
        var how = new StringBuilder();
        if (e.Place.Length > 0) how.Append("Puede asistir en ").Append(e.Place).Append(". ");
        if (SafeLinks.Href(e.StreamLink) is { } stream) how.Append("Puede seguir la transmisión en ").Append(stream).Append(". ");
        how.Append("Envíe sus preguntas desde ahora en ").Append(PageUrl(e)).Append('.');
        return new()
        {
            ["{nombre}"] = name.Length > 0 ? name : "", ["{ejercicio}"] = e.Title, ["{fecha}"] = EsCo.WeekdayDate(e.Date),
            ["{hora}"] = end is TimeOnly until ? $"de {EsCo.Time(start)} a {EsCo.Time(until)}" : $"a las {EsCo.Time(start)}",
            ["{lugar}"] = e.Place, ["{enlace}"] = PageUrl(e), ["{como_participar}"] = how.ToString(), ["{entidad}"] = entityName,
        };
    }

    /// <summary>
    /// Replaces the placeholders. In the Markdown, what a contact or staff typed into a value is
    /// escaped so it cannot add formatting or links; Rinde's own addresses stay links.
    /// </summary>
    private static string Fill(string template, Dictionary<string, string> values, bool escape)
    {
        var text = new StringBuilder(template);
        foreach (var (key, value) in values)
        {
            var own = key is "{enlace}" or "{como_participar}";
            text.Replace(key, escape && !own ? EscapeMarkdown(value) : value);
        }
        return text.ToString();
    }

    private static string EscapeMarkdown(string value)
    {
        var text = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if ("\\`*_{}[]()#+-.!<>|~".Contains(c, StringComparison.Ordinal)) text.Append('\\');
            text.Append(c);
        }
        return text.ToString();
    }
}
