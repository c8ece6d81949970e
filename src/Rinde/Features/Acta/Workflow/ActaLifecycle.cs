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

    /// <summary>
    /// What an acta in this state waits for, said to whoever takes the step ("Actas que esperan
    /// su revisión"); null when it waits for nobody (a draft is still being written; reopening an
    /// approved or published acta is a choice, not a pending task).
    /// </summary>
    public static string? Awaits(ActaState state) => state switch
    {
        ActaState.EnRevision => "su revisión",
        ActaState.EnviadaAprobacion => "su aprobación",
        ActaState.Aprobada => "su publicación",
        ActaState.Devuelta => "su corrección",
        _ => null,
    };

    /// <summary>Whether someone with these roles takes the step an acta in this state waits for.</summary>
    public static bool AwaitsFrom(ActaState state, Func<string, bool> isInRole) =>
        Awaits(state) is not null
        && Next(state).Where(to => !(state.IsFrozen() && to == ActaState.Devuelta)).Any(to => RolesFor(state, to).Any(isInRole));

    public static IEnumerable<ActaState> Next(ActaState from) => Allowed.Keys.Where(k => k.From == from).Select(k => k.To);
}
