using System.Collections.Concurrent;
using System.Reflection;

namespace Rinde.Features.BackOffice;

/// <summary>
/// Trims what staff typed and turns an empty field into "" where the model wants a string,
/// since model binding turns empty fields into null.
/// </summary>
public static class InputCleaner
{
    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, bool Nullable)[]> Strings = new();

    public static void Clean(object input)
    {
        var properties = Strings.GetOrAdd(input.GetType(), type =>
        {
            var nullability = new NullabilityInfoContext();
            return [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.PropertyType == typeof(string) && p.CanWrite)
                .Select(p => (p, nullability.Create(p).WriteState == NullabilityState.Nullable))];
        });
        foreach (var (property, nullable) in properties)
        {
            var value = ((string?)property.GetValue(input))?.Trim();
            property.SetValue(input, string.IsNullOrEmpty(value) && nullable ? null : value ?? "");
        }
    }
}
