using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Rinde.Features.BackOffice;

/// <summary>
/// How staff read the model's enum values (selects and tables). The words live next to each
/// enum, as <see cref="DisplayAttribute"/> on its members; a member without one reads as its name.
/// </summary>
public static class EnumLabels
{
    private static readonly ConcurrentDictionary<Enum, string> Labels = new();

    public static string Of(Enum value) => Labels.GetOrAdd(value, v =>
        v.GetType().GetField(v.ToString())?.GetCustomAttribute<DisplayAttribute>()?.Name ?? v.ToString());

    public static IReadOnlyList<SelectListItem> Options(Type enumType) =>
        [.. Enum.GetValues(enumType).Cast<Enum>().Select(v => new SelectListItem(Of(v), v.ToString()))];
}
