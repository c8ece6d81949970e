using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Rinde.Features.Questions;

namespace Rinde.Features.Messages;

/// <summary>
/// Every absolute link a message carries, built from Rinde__PublicUrl. The follow link of a
/// question lives only here.
/// </summary>
public sealed class MessageLinks(IOptions<PublicUrlOptions> options, IDataProtectionProvider protection)
{
    private readonly IDataProtector _unsubscribe = protection.CreateProtector("Rinde.Messages.Unsubscribe");

    public string Absolute(string path) => options.Value.PublicUrl.TrimEnd('/') + path;

    public string FollowQuestion(CitizenQuestion question) =>
        Absolute(PublicQuestions.FollowPath(question.ExerciseId, question.FollowCode));

    /// <summary>A link that carries the address sealed, so nobody can unsubscribe another.</summary>
    public string Unsubscribe(string address) =>
        Absolute("/correo/baja?t=" + Uri.EscapeDataString(_unsubscribe.Protect(MailSuppression.Normalize(address))));

    /// <summary>The address a token was made for; null when the token is not ours or was altered.</summary>
    public string? AddressOf(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }
        try
        {
            return _unsubscribe.Unprotect(token);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
