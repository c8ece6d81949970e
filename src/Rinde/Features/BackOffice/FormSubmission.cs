using System.ComponentModel.DataAnnotations;

namespace Rinde.Features.BackOffice;

/// <summary>
/// A form that adds something carries a token made when it was shown; the token is stored with
/// what it added, so the same form sent twice (two quick clicks, a resent request) adds once.
/// </summary>
public class FormSubmission : Data.ISoftDeletable
{
    public const string FieldName = "submission";

    [Key, MaxLength(64)]
    public required string Token { get; set; }

    public DateTime At { get; set; }

    public static string NewToken() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
}
