using Rinde.Features.Acta;

namespace Rinde.Features.Questions.Desk;

/// <summary>
/// What the desk may still do once the acta is approved or published (<see cref="ActaStates.IsFrozen"/>).
/// The acta is then served from its frozen files, and the desk refuses (409) every change to
/// what it recorded: hiding, merging, answering again, reassigning a settled question. Two
/// things stay open because they happen after the acta by nature, like the commitments'
/// follow-up: the written answer to a question the acta left pending (Ley 1755 de 2015, 15
/// días hábiles, usually after the acta is published), with its assignment, extension and
/// transfer; and turning a question into a commitment. None of them changes the frozen files.
/// </summary>
public static class FrozenDesk
{
    public const string Refusal =
        "El acta de este ejercicio ya está aprobada o publicada: la mesa solo admite la respuesta por escrito de las preguntas "
        + "que quedaron pendientes. Para cambiar lo que el acta registró, un revisor o un administrador debe reabrirla desde el estado del acta.";

    public static bool Allows(string kind, CitizenQuestion question) => kind switch
    {
        QuestionEventKinds.Answered or QuestionEventKinds.Assigned or QuestionEventKinds.Extended or QuestionEventKinds.Transferred
            => PendingInWriting(question),
        QuestionEventKinds.Commitment => true,
        _ => false,
    };

    /// <summary>The acta recorded it as pending: it counts, has no answer and was not sent to another entity.</summary>
    public static bool PendingInWriting(CitizenQuestion question) =>
        PublicQuestions.Counts(question) && question.Answer is null && question.TransferredTo is null;
}
