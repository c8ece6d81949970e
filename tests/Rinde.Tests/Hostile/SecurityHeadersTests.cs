using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Rinde.Tests.Exercises;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Hostile;

/// <summary>Pages, files and the API carry the security headers; no page has inline script or style.</summary>
public sealed class SecurityHeadersTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private static void AssertCommonHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values) : "";

    [Fact]
    public async Task Pages_have_a_policy_without_inline_script_and_staff_pages_cannot_be_framed()
    {
        var home = await factory.CreateClient().GetAsync("/");
        AssertCommonHeaders(home);
        var policy = Header(home, "Content-Security-Policy");
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Contains("object-src 'none'", policy);

        var staff = factory.CreateClient(new() { AllowAutoRedirect = false });
        await StaffSignIn.SignInAsync(staff);
        AssertCommonHeaders(await staff.GetAsync("/staff"));
    }

    [Fact]
    public async Task The_api_files_and_the_acta_page_carry_the_headers()
    {
        AssertCommonHeaders(await factory.CreateClient().GetAsync("/api/v1/health"));
        var staff = await factory.CreateStaffClientAsync();
        AssertCommonHeaders(await staff.GetAsync("/api/v1/exercises/999999"));
        var file = await ExerciseDocumentTests.UploadAsync(staff, "%PDF-1.4\n<script>alert(1)</script>"u8.ToArray(), "anexo.pdf");
        var download = await staff.GetAsync($"/api/v1/files/{file}");
        AssertCommonHeaders(download);
        Assert.Contains("sandbox", Header(download, "Content-Security-Policy"));

        var id = TestExercises.Create(factory, TestExercises.Tomorrow);
        var acta = await staff.GetAsync($"/api/v1/exercises/{id}/acta.html");
        AssertCommonHeaders(acta);
        Assert.Contains("default-src 'none'", Header(acta, "Content-Security-Policy"));
    }

    [Fact]
    public async Task Https_requests_get_strict_transport_security()
    {
        var client = factory.CreateClient(new() { BaseAddress = new Uri("https://rinde.test") });
        Assert.Contains("max-age=", Header(await client.GetAsync("/"), "Strict-Transport-Security"));
        Assert.Empty(Header(await factory.CreateClient().GetAsync("/"), "Strict-Transport-Security"));
    }

    /// <summary>Every page the administrator can open, filled with a real exercise: scripts only from files.</summary>
    [Fact]
    public async Task No_page_has_inline_script_event_handlers_or_style_attributes()
    {
        var id = TestExercises.Create(factory, TestExercises.Tomorrow, "Seguridad");
        var staff = factory.CreateClient(new() { AllowAutoRedirect = false });
        await StaffSignIn.SignInAsync(staff);
        var pages = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Select(t => t.Replace("{id:int}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
            .Where(t => !t.Contains('{', StringComparison.Ordinal) || t.EndsWith("?}", StringComparison.Ordinal))
            .Select(t => t.Contains('{', StringComparison.Ordinal) ? t[..t.LastIndexOf('/')] : t)
            .Distinct().ToList();
        var offending = new List<string>();
        var checkedPages = 0;
        foreach (var page in pages)
        {
            var response = await staff.GetAsync(page);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            checkedPages++;
            var html = HtmlForms.Parse(await response.Content.ReadAsStringAsync());
            offending.AddRange(html.QuerySelectorAll("script:not([src]), style, [style]").Select(e => $"{page}: {e.OuterHtml[..Math.Min(80, e.OuterHtml.Length)]}"));
            offending.AddRange(html.All.SelectMany(e => e.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)).Select(a => $"{page}: {a.Name}")));
        }
        Assert.True(checkedPages > 20, $"Solo se revisaron {checkedPages} páginas.");
        Assert.True(offending.Count == 0, string.Join("\n", offending));
    }
}
