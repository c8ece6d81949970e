namespace Rinde.Features.Acta;

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
}
