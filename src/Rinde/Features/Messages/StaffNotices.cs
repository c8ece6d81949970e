using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Accounts;
using Rinde.Features.Acta;
using Rinde.Features.Acta.Workflow;
using Rinde.Features.Exercises;
using Rinde.Features.Questions;

namespace Rinde.Features.Messages;

/// <summary>
/// Notices to the staff who must act next, each with the link to the page where they act:
/// a question assigned to an office or a person, and every step of the acta's lifecycle.
/// Hooked like the citizens' messages (<see cref="MessagesInterceptor"/>): same SaveChanges.
/// </summary>
public sealed class StaffNotices(MessageLinks links)
{
    public static class Kinds
    {
        public const string Assigned = "personal_asignacion";
        public const string Acta = "personal_acta";
        public const string Digest = "personal_resumen";
    }

    public async Task<List<MailDraft>> AssignedAsync(RindeDbContext db, CitizenQuestion q, ExerciseInfo exercise, CancellationToken ct)
    {
        var to = q.AssignedTo is { Length: > 0 } person && await StaffRecipients.NamedAsync(db, person, ct) is { } named ? [named]
            : q.AssignedDependencyId is int office ? await StaffRecipients.WithRoleAsync(db, office, StaffScope.Answerers, ct)
            : [];
        var link = links.Absolute($"/staff/ejercicios/{q.ExerciseId}/mesa");
        return to.Select(m => Draft(Kinds.Assigned, m, exercise, $"Se le asignó la pregunta n.º {q.Number} · {exercise.Title}",
        [
            new($"Se le asignó la pregunta n.º {q.Number} de «{exercise.Title}»" + (q.Deadline is DateOnly due ? $", que vence el {Infrastructure.EsCo.LongDate(due)}." : ".")),
            new(q.Text, Quote: true),
            new("Respóndala en la mesa de preguntas:", "Abrir la mesa de preguntas", link),
        ])).ToList();
    }

    public async Task<List<MailDraft>> TransitionAsync(RindeDbContext db, ActaTransition t, ExerciseInfo exercise, int dependencyId, CancellationToken ct)
    {
        var state = links.Absolute($"/staff/ejercicios/{t.ExerciseId}/acta/estado");
        var (roles, subject, what, link) = t.To switch
        {
            ActaState.EnRevision => ((string[]?)[Roles.Revisor], "Un acta espera su revisión", $"{t.By} envió a revisión el acta de «{exercise.Title}».", state),
            ActaState.Devuelta => ([Roles.Articulador], "El acta fue devuelta", $"{t.By} devolvió el acta de «{exercise.Title}» para corregirla.", state),
            ActaState.EnviadaAprobacion => ([Roles.Revisor, Roles.Administrador], "Un acta espera su aprobación", $"{t.By} envió a aprobación el acta de «{exercise.Title}».", state),
            ActaState.Aprobada => ([Roles.Publicador], "Un acta aprobada espera su publicación", $"{t.By} aprobó el acta de «{exercise.Title}»: ya puede publicarse.", state),
            ActaState.Publicada => (null, "El acta fue publicada", $"{t.By} publicó el acta de «{exercise.Title}».", links.Absolute("/actas")),
            _ => ((string[]?)[], "", "", ""),
        };
        if (roles is { Length: 0 }) return [];
        var to = roles is null ? await StaffRecipients.OfDependencyAsync(db, dependencyId, ct) : await StaffRecipients.WithRoleAsync(db, dependencyId, roles, ct);
        var parts = new List<MailPart> { new(what) };
        if (t.Comment.Length > 0)
        {
            parts.Add(new("Comentario:"));
            parts.Add(new(t.Comment, Quote: true));
        }
        parts.Add(new("", t.To == ActaState.Publicada ? "Ver las actas publicadas" : "Abrir el estado del acta", link));
        return to.Select(m => Draft(Kinds.Acta, m, exercise, $"{subject} · {exercise.Title}", parts)).ToList();
    }

    public static MailDraft Draft(string kind, StaffMember to, ExerciseInfo exercise, string subject, IReadOnlyList<MailPart> parts) =>
        new(kind, to.Email, subject, exercise.EntityName,
            [new(to.Name.Length > 0 ? $"Hola, {to.Name}:" : "Hola:"), .. parts]);
}
