using Rinde.Features.Questions;
using Rinde.Infrastructure;

namespace Rinde.Features.Messages;

/// <summary>
/// What a citizen receives about the question they asked. Only to the asker's own address,
/// only with consent, and never with another asker's name or address.
/// </summary>
public sealed class CitizenMessages(MessageLinks links)
{
    public static class Kinds
    {
        public const string Receipt = "ciudadano_recibida";
        public const string Answer = "ciudadano_respuesta";
        public const string Extension = "ciudadano_prorroga";
        public const string Transfer = "ciudadano_traslado";
    }

    /// <summary>Whether the citizen may be written to at all.</summary>
    public static bool Reachable(CitizenQuestion q) => q.Consent && !q.Anonymous && !string.IsNullOrWhiteSpace(q.Email);

    public MailDraft Receipt(CitizenQuestion q, ExerciseInfo exercise)
    {
        var parts = new List<MailPart>
        {
            new(Greeting(q)),
            new($"Recibimos su {QuestionLabels.Type(q.Type).ToLowerInvariant()} para «{exercise.Title}». Quedó registrada con el número {q.Number}."),
        };
        if (q.Deadline is DateOnly due)
        {
            parts.Add(new($"Si no se responde durante el diálogo, la entidad debe responderle por escrito a más tardar el {EsCo.LongDate(due)} (Ley 1755 de 2015, artículo 14)."));
        }
        parts.Add(new("Puede seguir su estado en este enlace:", "Seguimiento de su pregunta", links.FollowQuestion(q)));
        parts.Add(new("Su pregunta:"));
        parts.Add(new(q.Text, Quote: true));
        return Draft(Kinds.Receipt, q, exercise, $"Recibimos su pregunta n.º {q.Number} · {exercise.Title}", parts);
    }

    /// <summary>The answer of <paramref name="answered"/>, sent to the asker of <paramref name="asker"/> (itself or a duplicate merged into it).</summary>
    public MailDraft Answer(CitizenQuestion asker, CitizenQuestion answered, ExerciseInfo exercise)
    {
        var how = answered.AnsweredLive ? "durante el diálogo" : "por escrito";
        var parts = new List<MailPart>
        {
            new(Greeting(asker)),
            new($"La entidad respondió {how} su pregunta n.º {asker.Number} de «{exercise.Title}»."),
        };
        if (asker.Id != answered.Id)
        {
            parts.Add(new($"Su pregunta se atendió junto con otra igual (n.º {answered.Number}); esta es la respuesta:"));
        }
        parts.Add(new(answered.Answer ?? "", Quote: true));
        parts.Add(new("Puede consultarla también en:", "Seguimiento de su pregunta", links.FollowQuestion(asker)));
        return Draft(Kinds.Answer, asker, exercise, $"Respuesta a su pregunta n.º {asker.Number} · {exercise.Title}", parts);
    }

    public MailDraft Extension(CitizenQuestion q, ExerciseInfo exercise) => Draft(Kinds.Extension, q, exercise,
        $"Prórroga del plazo de su pregunta n.º {q.Number} · {exercise.Title}",
        [
            new(Greeting(q)),
            new($"La entidad necesita más tiempo para responder su pregunta n.º {q.Number} de «{exercise.Title}». " +
                $"El plazo, que vencía el {EsCo.LongDate(q.OriginalDeadline!.Value)}, se prorrogó hasta el {EsCo.LongDate(q.Deadline!.Value)} " +
                "(Ley 1755 de 2015, artículo 14, parágrafo)."),
            new("Motivo de la prórroga:"),
            new(q.ExtensionReason ?? "", Quote: true),
            new("Puede seguir su estado en:", "Seguimiento de su pregunta", links.FollowQuestion(q)),
        ]);

    public MailDraft Transfer(CitizenQuestion q, ExerciseInfo exercise) => Draft(Kinds.Transfer, q, exercise,
        $"Su pregunta n.º {q.Number} fue trasladada a {q.TransferredTo} · {exercise.Title}",
        [
            new(Greeting(q)),
            new($"Su pregunta n.º {q.Number} de «{exercise.Title}» es de competencia de {q.TransferredTo}, a quien se la trasladamos " +
                "para que le responda (Ley 1755 de 2015, artículo 21)."),
            new("Motivo del traslado:"),
            new(q.TransferReason ?? "", Quote: true),
            new("Puede seguir su estado en:", "Seguimiento de su pregunta", links.FollowQuestion(q)),
        ]);

    private MailDraft Draft(string kind, CitizenQuestion q, ExerciseInfo exercise, string subject, List<MailPart> parts) =>
        new(kind, q.Email!.Trim(), subject, exercise.EntityName, parts, links.Unsubscribe(q.Email!), q);

    // The citizen's own name only: never another asker's.
    private static string Greeting(CitizenQuestion q) =>
        string.IsNullOrWhiteSpace(q.CitizenName) ? "Cordial saludo:" : $"Cordial saludo, {q.CitizenName.Trim()}:";
}

/// <summary>What a message says about the exercise.</summary>
public sealed record ExerciseInfo(int Id, string Title, string EntityName);
