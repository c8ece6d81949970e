using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Rinde.Tests.Infrastructure;

/// <summary>Submits a page's form the way a browser without JavaScript would (antiforgery token included).</summary>
public static class HtmlForms
{
    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>Posts the form matched by <paramref name="selector"/> with its current values overridden by <paramref name="values"/>.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IHtmlDocument page, string selector,
        IDictionary<string, string> values, string? pageUrl = null)
    {
        var form = page.QuerySelector(selector) as IHtmlFormElement ?? throw new InvalidOperationException($"No hay formulario {selector}.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || values.ContainsKey(name))
            {
                continue;
            }
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when box.IsChecked:
                    fields.Add(new(name, box.Value));
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" or "submit" or "file" }:
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(name, select.Value ?? ""));
                    break;
            }
        }
        fields.AddRange(values);
        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? pageUrl ?? throw new InvalidOperationException("Falta la URL de la página.") : action;
        return await client.PostAsync(target, new FormUrlEncodedContent(fields));
    }
}
