namespace Rinde.Features.BackOffice;

/// <summary>One form's concurrency state on a page: the stamp it carries and the conflict it shows.</summary>
public sealed class EditState
{
    public string Stamp { get; set; } = "";
    public IReadOnlyList<ConflictingField>? Conflict { get; private set; }

    /// <summary>
    /// True when someone else saved since the form was shown: the conflict is kept for the page
    /// and the stamp moves to the stored version, so the next save replaces it deliberately.
    /// </summary>
    public bool Refuse(string? seenStamp, IReadOnlyList<EditedField> stored, IReadOnlyList<EditedField> typed)
    {
        Conflict = EditStamp.Check(seenStamp, stored, typed);
        Stamp = EditStamp.Of(stored);
        return Conflict is not null;
    }
}
