using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Rinde.Tests.Infrastructure;

/// <summary>
/// Drives the back-office like a browser without JavaScript: signs in through the real
/// form, keeps cookies, reads a page's form (antiforgery token included) and posts it with
/// the fields it holds, changed where the test says.
/// </summary>
public sealed class StaffBrowser
{
    private static readonly HtmlParser Parser = new();

    private StaffBrowser(HttpClient client) => Client = client;

    public HttpClient Client { get; }

    public static StaffBrowser Anonymous(RindeFactory factory) =>
        new(factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));

    public static async Task<StaffBrowser> SignInAsync(RindeFactory factory,
        string email = RindeFactory.AdminEmail, string password = RindeFactory.AdminPassword)
    {
        var browser = Anonymous(factory);
        var response = await browser.SubmitAsync("/cuenta/ingresar", [("Email", email), ("Password", password)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/staff", response.Headers.Location!.OriginalString);
        return browser;
    }

    /// <summary>A second staff member of the exercise's dependency, signed in through the form.</summary>
    public static async Task<StaffBrowser> SignInColleagueAsync(RindeFactory factory, int exerciseId, string role = "articulador")
    {
        var (email, password) = await StaffSignIn.CreateColleagueAsync(factory, exerciseId, role);
        return await SignInAsync(factory, email, password);
    }

    public async Task<IDocument> GetAsync(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}");
        return await ParseAsync(response);
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>
    /// GETs url, takes its form whose action names handler (or the page's own form when
    /// null), replaces the named fields with the given values and posts it.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, (string Name, string Value)[] values,
        string? handler = null, (string Name, string FileName, byte[] Bytes)? file = null)
    {
        var page = await GetAsync(url);
        var form = page.QuerySelectorAll<IHtmlFormElement>("form[method=post]").FirstOrDefault(f =>
        {
            var action = f.GetAttribute("action") ?? "";
            return handler is null
                ? !action.Contains("handler=", StringComparison.OrdinalIgnoreCase) && action != "/cuenta/salir"
                : action.Contains("handler=" + handler, StringComparison.OrdinalIgnoreCase);
        });
        Assert.True(form is not null, $"{url} has no form for handler {handler ?? "(page)"}");
        var fields = FormFields(form).Where(f => values.All(v => v.Name != f.Name)).Concat(values).ToList();
        return await PostAsync(form.GetAttribute("action") is { Length: > 0 } a ? a : url, fields, file);
    }

    /// <summary>Posts a form of a page already shown (what a person does after reading it), fields changed as given.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(IDocument page, string formSelector, string action, params (string Name, string Value)[] values)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector);
        Assert.True(form is not null, $"The page has no form {formSelector}");
        return await PostAsync(action, FormFields(form).Where(f => values.All(v => v.Name != f.Name)).Concat(values).ToList());
    }

    /// <summary>Posts fields as a form would: urlencoded, or multipart with a file.</summary>
    public async Task<HttpResponseMessage> PostAsync(string action, IEnumerable<(string Name, string Value)> fields,
        (string Name, string FileName, byte[] Bytes)? file = null)
    {
        HttpContent content;
        if (file is { } f)
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (name, value) in fields)
            {
                multipart.Add(new StringContent(value), name);
            }
            multipart.Add(new ByteArrayContent(f.Bytes), f.Name, f.FileName);
            content = multipart;
        }
        else
        {
            content = new FormUrlEncodedContent(fields.Select(x => new KeyValuePair<string, string>(x.Name, x.Value)));
        }
        return await Client.PostAsync(action, content);
    }

    public static async Task<string> TokenAsync(StaffBrowser browser, string url) =>
        (await browser.GetAsync(url)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    /// <summary>The form data set a browser would send (without files and buttons).</summary>
    private static IEnumerable<(string Name, string Value)> FormFields(IHtmlFormElement form)
    {
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    if (box.IsChecked) yield return (name, box.Value);
                    break;
                case IHtmlInputElement { Type: "file" or "submit" }:
                    break;
                case IHtmlInputElement input:
                    yield return (name, input.Value);
                    break;
                case IHtmlSelectElement select:
                    yield return (name, select.Value ?? "");
                    break;
                case IHtmlTextAreaElement area:
                    yield return (name, area.Value);
                    break;
            }
        }
    }

    /// <summary>The id a save redirects to: /staff/ejercicios/7, or .../participantes#fila-7.</summary>
    public static int IdFrom(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        var id = location.Contains("#fila-", StringComparison.Ordinal) ? location[(location.IndexOf("#fila-", StringComparison.Ordinal) + 6)..]
            : location[(location.LastIndexOf('/') + 1)..];
        return int.Parse(id, System.Globalization.CultureInfo.InvariantCulture);
    }
}
