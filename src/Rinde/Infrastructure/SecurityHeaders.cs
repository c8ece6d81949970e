using Microsoft.Net.Http.Headers;

namespace Rinde.Infrastructure;

/// <summary>
/// The response headers every answer carries (pages, files, the API): no sniffing, no referrer
/// leaving the site, and a Content-Security-Policy that allows only the app's own scripts and
/// styles (no inline script anywhere). No page may be framed (staff pages least of all).
/// A response that set its own policy (the acta's web page, stored files) keeps it.
/// </summary>
public static class SecurityHeaders
{
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>For bytes someone uploaded: nothing in them may run or load anything.</summary>
    public const string StoredFilePolicy = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers[HeaderNames.XContentTypeOptions] = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers[HeaderNames.XFrameOptions] = "DENY";
            if (!headers.ContainsKey(HeaderNames.ContentSecurityPolicy))
            {
                headers[HeaderNames.ContentSecurityPolicy] = PagePolicy;
            }
            return Task.CompletedTask;
        });
        return next(context);
    });
}
