namespace Rinde.Data;

/// <summary>
/// Marks an entity whose rows are never hard-deleted (<see cref="SoftDelete"/>): removing one
/// stamps its DeletedAt column and every query stops seeing it. Bookkeeping, stored files, acta
/// versions and accounts do not carry it: they have rules of their own.
/// </summary>
public interface ISoftDeletable;
