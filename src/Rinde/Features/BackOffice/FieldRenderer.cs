using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Rinde.Features.Files;

namespace Rinde.Features.BackOffice;

/// <summary>
/// One form field the accessible way: a label, the hint and the error tied to the control
/// with aria-describedby, aria-invalid, and the value typed back after a failed POST. The
/// control follows the property's type: text, number, date, time, checkbox, select (enums,
/// or options the page gives through IFieldOptions), textarea (DataType.MultilineText), file.
/// </summary>
internal static class FieldRenderer
{
    public static IHtmlContent Render(ViewContext view, ModelExplorer explorer, string name)
    {
        var meta = explorer.Metadata;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        view.ModelState.TryGetValue(name, out var state);
        var errors = state?.Errors.Select(e => e.ErrorMessage).Where(m => m.Length > 0).ToList() ?? [];
        var type = Nullable.GetUnderlyingType(meta.ModelType) ?? meta.ModelType;
        var value = state?.AttemptedValue ?? Format(explorer.Model);
        var required = meta.ValidatorMetadata.OfType<RequiredAttribute>().Any();
        var options = type.IsEnum ? EnumLabels.Options(type) : (view.ViewData.Model as IFieldOptions)?.OptionsFor(meta.PropertyName!);

        var control = type == typeof(bool) ? Checkbox(value)
            : options is not null ? Select(options, value, meta.IsNullableValueType || !type.IsEnum ? (required ? "— Elija una opción —" : "— Ninguna —") : null)
            : meta.DataTypeName == nameof(DataType.MultilineText) ? Textarea(value)
            : Input(type, meta.DataTypeName, value, Accept(meta));
        control.Attributes["id"] = id;
        control.Attributes["name"] = name;
        var described = string.Join(' ', new[] { meta.Description is null ? null : id + "-ayuda", errors.Count > 0 ? id + "-error" : null }.OfType<string>());
        if (described.Length > 0) control.Attributes["aria-describedby"] = described;
        if (errors.Count > 0) control.Attributes["aria-invalid"] = "true";
        if (required) control.Attributes["aria-required"] = "true";

        var label = new TagBuilder("label");
        label.Attributes["for"] = id;
        label.InnerHtml.Append(meta.DisplayName ?? meta.PropertyName ?? name);
        if (required) label.InnerHtml.AppendHtml(" <span class=\"req\">(obligatorio)</span>");

        var field = new TagBuilder("div");
        field.AddCssClass(type == typeof(bool) ? "field check" : control.TagName == "textarea" ? "field wide" : "field");
        if (type == typeof(bool))
        {
            field.InnerHtml.AppendHtml(control).AppendHtml(label);
        }
        else
        {
            field.InnerHtml.AppendHtml(label);
        }
        if (meta.Description is { } hint)
        {
            field.InnerHtml.AppendHtml($"<p class=\"hint\" id=\"{id}-ayuda\">").Append(hint).AppendHtml("</p>");
        }
        if (errors.Count > 0)
        {
            field.InnerHtml.AppendHtml($"<p class=\"field-error\" id=\"{id}-error\"><span class=\"visually-hidden\">Error: </span>")
                .Append(string.Join(" ", errors)).AppendHtml("</p>");
        }
        if (type != typeof(bool))
        {
            field.InnerHtml.AppendHtml(control);
        }
        else
        {
            // An unchecked box posts nothing; the hidden field makes that "false".
            field.InnerHtml.AppendHtml($"<input type=\"hidden\" name=\"{name}\" value=\"false\">");
        }
        return field;
    }

    private static TagBuilder Checkbox(string value)
    {
        var box = Tag("input", TagRenderMode.SelfClosing, ("type", "checkbox"), ("value", "true"));
        if (value.Split(',')[0].Equals("true", StringComparison.OrdinalIgnoreCase)) box.Attributes["checked"] = "checked";
        return box;
    }

    private static TagBuilder Select(IReadOnlyList<SelectListItem> options, string value, string? placeholder)
    {
        var select = Tag("select", TagRenderMode.Normal);
        if (placeholder is not null) select.InnerHtml.AppendHtml("<option value=\"\">").Append(placeholder).AppendHtml("</option>");
        foreach (var o in options)
        {
            var option = Tag("option", TagRenderMode.Normal, ("value", o.Value));
            if (o.Value == value) option.Attributes["selected"] = "selected";
            option.InnerHtml.Append(o.Text);
            select.InnerHtml.AppendHtml(option);
        }
        return select;
    }

    private static TagBuilder Textarea(string value)
    {
        var area = Tag("textarea", TagRenderMode.Normal, ("rows", "6"));
        area.InnerHtml.Append(Environment.NewLine + value);
        return area;
    }

    private static TagBuilder Input(Type type, string? dataType, string value, string? accept)
    {
        var (kind, mode) = type switch
        {
            _ when type == typeof(IFormFile) => ("file", null),
            _ when type == typeof(DateOnly) => ("date", null),
            _ when type == typeof(TimeOnly) => ("time", null),
            _ when type == typeof(DateTime) => ("datetime-local", null),
            _ when type == typeof(int) || type == typeof(long) => ("number", "numeric"),
            _ when type == typeof(decimal) => ("text", "decimal"),
            _ => (dataType switch { nameof(DataType.Url) => "url", nameof(DataType.EmailAddress) => "email", _ => "text" }, null),
        };
        var input = Tag("input", TagRenderMode.SelfClosing, ("type", kind));
        if (kind != "file") input.Attributes["value"] = value;
        if (mode is not null) input.Attributes["inputmode"] = mode;
        if (accept is not null) input.Attributes["accept"] = accept;
        return input;
    }

    private static TagBuilder Tag(string name, TagRenderMode mode, params (string Key, string Value)[] attributes)
    {
        var tag = new TagBuilder(name) { TagRenderMode = mode };
        foreach (var (key, value) in attributes) tag.Attributes[key] = value;
        return tag;
    }

    private static string? Accept(Microsoft.AspNetCore.Mvc.ModelBinding.ModelMetadata meta) =>
        meta.ContainerType?.GetProperty(meta.PropertyName!)?.GetCustomAttribute<AcceptAttribute>()?.Types;

    public static string Format(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.####", Infrastructure.EsCo.Culture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
