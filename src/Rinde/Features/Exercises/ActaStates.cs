namespace Rinde.Features.Exercises;

public static class ActaStates
{
    /// <summary>The state as users read it.</summary>
    public static string Label(ActaState state) => state switch
    {
        ActaState.Borrador => "Borrador",
        ActaState.EnRevision => "En revisión",
        ActaState.Devuelta => "Devuelta",
        ActaState.EnviadaAprobacion => "Enviada a aprobación",
        ActaState.Aprobada => "Aprobada",
        ActaState.Publicada => "Publicada",
        _ => state.ToString(),
    };

    /// <summary>
    /// The one answer to "may this exercise be changed": an approved or published acta is the
    /// record, served from its frozen files; changing the exercise needs reopening it first
    /// (a new version). Every writer asks this, pages and API alike.
    /// </summary>
    public static bool IsFrozen(this ActaState state) => state is ActaState.Aprobada or ActaState.Publicada;

    /// <summary>Why a change to a frozen exercise is refused, and what to do instead.</summary>
    public static string FrozenReason(ActaState state) =>
        $"El acta de este ejercicio está {Label(state).ToLowerInvariant()}: se puede consultar, pero no modificar. "
        + "Para corregirla, un revisor o un administrador debe reabrirla desde el estado del acta; al aprobarla de nuevo queda una versión nueva.";
}
