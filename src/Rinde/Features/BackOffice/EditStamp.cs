using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Rinde.Infrastructure;

namespace Rinde.Features.BackOffice;

/// <summary>One field of an edit: the value a stamp hashes and the text a conflict shows.</summary>
public sealed record EditedField(string Name, string Label, string Value, string? Shown = null)
{
    public string Text => Shown ?? Value;
}

/// <summary>A field someone else saved while this person edited it: the saved value beside the typed one.</summary>
public sealed record ConflictingField(string Label, string Theirs, string Yours);

/// <summary>
/// Optimistic concurrency for the back-office forms. A form carries the stamp (a hash) of the
/// values it showed; saving compares it with the stamp of what is stored now. When they differ
/// someone else saved in between: nothing is written, the page shows the saved version next to
/// what this person typed (kept in the form) and carries the new stamp, so saving again is a
/// deliberate replacement. Only the fields a form edits count, so two people editing different
/// parts of the same exercise never conflict.
/// </summary>
public static class EditStamp
{
    public const string FieldName = "editStamp";

    public const string ConflictMessage =
        "Otra persona guardó cambios mientras usted editaba. No se guardó nada: abajo ve la versión guardada junto a la suya, "
        + "que se conserva en el formulario. Revise y vuelva a guardar para reemplazar la versión guardada.";

    public static string Of(IEnumerable<EditedField> fields)
    {
        var text = string.Join('\u001e', fields.Select(f => f.Name + '\u001f' + f.Value));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 16);
    }

    /// <summary>The editable properties of a form (files left out), in declaration order; a choice shows its option's text.</summary>
    public static IReadOnlyList<EditedField> FieldsOf(object form, IFieldOptions? options = null) =>
    [
        .. form.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.PropertyType != typeof(IFormFile))
            .Select(p => new EditedField(p.Name, p.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? p.Name,
                Show(p.GetValue(form)), Option(p.GetValue(form), options?.OptionsFor(p.Name)))),
    ];

    /// <summary>The fields whose stored value differs from the typed one, or null when the stamp still holds.</summary>
    public static IReadOnlyList<ConflictingField>? Check(string? seenStamp, IReadOnlyList<EditedField> stored, IReadOnlyList<EditedField> typed)
    {
        if (seenStamp == Of(stored))
        {
            return null;
        }
        var yours = typed.ToDictionary(f => f.Name);
        List<ConflictingField> differing = [.. stored.Where(s => yours.GetValueOrDefault(s.Name)?.Value != s.Value)
            .Select(s => new ConflictingField(s.Label, s.Text, yours.GetValueOrDefault(s.Name)?.Text ?? ""))];
        // Someone saved exactly what this person typed: nothing of theirs would be lost.
        return differing.Count == 0 ? null : differing;
    }

    private static string? Option(object? value, IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem>? options)
    {
        var raw = Convert.ToString(value, CultureInfo.InvariantCulture);
        return options?.FirstOrDefault(o => o.Value == raw)?.Text;
    }

    private static string Show(object? value) => value switch
    {
        null => "",
        TimeOnly t => EsCo.Time(t),
        string s => s.Trim(),
        bool b => b ? "Sí" : "No",
        Enum e => EnumLabels.Of(e),
        DateOnly d => EsCo.ShortDate(d),
        DateTime t => t.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, EsCo.Culture),
        _ => value.ToString() ?? "",
    };
}
