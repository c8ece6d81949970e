namespace Rinde.Features.Exercises;

/// <summary>
/// The acta's state; it changes only through the workflow's transitions. In JSON the names
/// are snake_case (borrador, en_revision, ...) like every enum of the API.
/// </summary>
public enum ActaState { Borrador, EnRevision, Devuelta, EnviadaAprobacion, Aprobada, Publicada }
