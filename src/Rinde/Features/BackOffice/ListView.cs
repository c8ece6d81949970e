namespace Rinde.Features.BackOffice;

/// <summary>What the _ListPart partial needs from a list-editing page.</summary>
public interface IListView
{
    Noun Noun { get; }
    IReadOnlyList<string> Headers { get; }
    IReadOnlyList<ListRow> Rows { get; }
    object FormInput { get; }
    int? EditId { get; }
    int? DeleteId { get; }
    bool CanMove { get; }
    bool HasFile { get; }
    bool Locked { get; }
    EditState Edit { get; }
}

/// <summary>A row of the table: the item's id, a name for buttons and messages, the cells (text or HTML).</summary>
public sealed record ListRow(int Id, string Name, IReadOnlyList<object?> Cells);

/// <summary>A column of the list's table; a cell is text (encoded) or IHtmlContent.</summary>
public sealed record Column<T>(string Header, Func<T, object?> Cell);

/// <summary>The Spanish noun for the items, with its gender for «el/la».</summary>
public sealed record Noun(string Singular, string Plural, bool Feminine = false)
{
    public string The => (Feminine ? "la " : "el ") + Singular;
}
