using Rinde.Features.Accounts;
using Rinde.Features.Exercises;

namespace Rinde.Features.Acta.Workflow;

/// <summary>Which transitions exist and which roles may make each.</summary>
public static class ActaLifecycle
{
    private static readonly Dictionary<(ActaState From, ActaState To), string[]> Allowed = new()
    {
        [(ActaState.Borrador, ActaState.EnRevision)] = [Roles.Articulador, Roles.Administrador],
        [(ActaState.Devuelta, ActaState.EnRevision)] = [Roles.Articulador, Roles.Administrador],
        [(ActaState.EnRevision, ActaState.Devuelta)] = [Roles.Revisor, Roles.Administrador],
        [(ActaState.EnRevision, ActaState.EnviadaAprobacion)] = [Roles.Revisor, Roles.Administrador],
        [(ActaState.EnviadaAprobacion, ActaState.Devuelta)] = [Roles.Revisor, Roles.Administrador],
        [(ActaState.EnviadaAprobacion, ActaState.Aprobada)] = [Roles.Revisor, Roles.Administrador],
        [(ActaState.Aprobada, ActaState.Publicada)] = [Roles.Publicador, Roles.Administrador],
        // Reopening an approved or published acta: its frozen versions stay; approving again adds one.
        [(ActaState.Aprobada, ActaState.Devuelta)] = [Roles.Revisor, Roles.Administrador],
        [(ActaState.Publicada, ActaState.Devuelta)] = [Roles.Revisor, Roles.Administrador],
    };

    public static bool Exists(ActaState from, ActaState to) => Allowed.ContainsKey((from, to));

    public static IReadOnlyList<string> RolesFor(ActaState from, ActaState to) => Allowed.GetValueOrDefault((from, to)) ?? [];

    /// <summary>How a step reads: from an approved or published acta, going back is reopening it.</summary>
    public static string StepLabel(ActaState from, ActaState to) =>
        from.IsFrozen() && to == ActaState.Devuelta ? "Reabrir para corregir (queda devuelta; la versión aprobada se conserva)" : ActaStates.Label(to);

    public static IEnumerable<ActaState> Next(ActaState from) => Allowed.Keys.Where(k => k.From == from).Select(k => k.To);
}
