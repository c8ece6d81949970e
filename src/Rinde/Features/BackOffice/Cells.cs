using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Rinde.Features.Files;

namespace Rinde.Features.BackOffice;

/// <summary>HTML cells for list tables: links and image thumbnails.</summary>
public static class Cells
{
    public static IHtmlContent Link(string href, string text)
    {
        var a = new TagBuilder("a");
        a.Attributes["href"] = href;
        a.InnerHtml.Append(text);
        return a;
    }

    /// <summary>A thumbnail of a stored image (its alt is the caption), or a download link for other files.</summary>
    public static IHtmlContent File(Guid? fileId, string contentType, string alt)
    {
        if (fileId is not Guid id)
        {
            return HtmlString.Empty;
        }
        if (!FileStore.ImageTypes.Contains(contentType))
        {
            return Link($"/staff/archivos/{id}", "Descargar");
        }
        var img = new TagBuilder("img") { TagRenderMode = TagRenderMode.SelfClosing };
        img.Attributes["src"] = $"/staff/archivos/{id}";
        img.Attributes["alt"] = alt;
        img.Attributes["class"] = "thumb";
        img.Attributes["loading"] = "lazy";
        return img;
    }

    /// <summary>A warning that stands out (overdue activities and commitments).</summary>
    public static IHtmlContent Overdue(string text)
    {
        var strong = new TagBuilder("strong");
        strong.AddCssClass("overdue-mark");
        strong.InnerHtml.Append(text);
        return strong;
    }

    public static string Date(DateOnly? date) => date is DateOnly d ? Infrastructure.EsCo.ShortDate(d) : "";
}
