using System.ComponentModel.DataAnnotations;

namespace Rinde.Infrastructure;

/// <summary>
/// The one rule for every link a user wrote (stream links, convocation links, Markdown links and
/// autolinks, the acta's sources): only absolute http, https and mailto addresses become links.
/// Anything else (javascript:, data:, relative paths) prints as text. Entry forms and the API
/// refuse such addresses too, so a stored one is only ever shown, never followed.
/// </summary>
public static class SafeLinks
{
    public const string Message = "Escriba un enlace completo que empiece por https:// (o http://, o mailto:).";

    public static bool IsSafe(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeMailto);

    /// <summary>The address to put in an href, or null when it must print as text.</summary>
    public static string? Href(string? url) => IsSafe(url) ? url!.Trim() : null;

    /// <summary>An empty field, or a safe link.</summary>
    public static bool IsBlankOrSafe(string? url) => string.IsNullOrWhiteSpace(url) || IsSafe(url);
}

/// <summary>A form field that, when filled, must be a safe link (see <see cref="SafeLinks"/>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SafeLinkAttribute : ValidationAttribute
{
    public SafeLinkAttribute() : base(SafeLinks.Message)
    {
    }

    public override bool IsValid(object? value) => SafeLinks.IsBlankOrSafe(value as string);
}
