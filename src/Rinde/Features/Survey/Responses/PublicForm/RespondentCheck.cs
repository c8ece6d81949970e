using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rinde.Data;
using Rinde.Infrastructure;

namespace Rinde.Features.Survey.Responses.PublicForm;

/// <summary>
/// One response per person without signing in. The form hands out a random token (hidden
/// field and cookie); only its SHA-256 is stored, unique per exercise. Clearing cookies gets
/// a new token, so a second line of defence counts responses per sender address and exercise,
/// never by User-Agent (which a script rotates at will), in the database (<see cref="RateCounters"/>:
/// the same count on every node): a community hall's shared computer may send a few dozen an
/// hour, a script may not, and the same answers twice within minutes are a double submission.
/// </summary>
/// <summary>Section <c>Survey</c>: how many responses one sender address may send an hour to one survey.</summary>
public sealed class SurveyFormOptions
{
    [Range(1, 1_000_000)]
    public int MaxResponsesPerHour { get; set; } = RespondentCheck.DefaultPerHour;
}

public sealed class RespondentCheck(RindeDbContext db, IOptions<SurveyFormOptions> options, RateCounters counters)
{
    public const int DefaultPerHour = 20;
    public static readonly TimeSpan DuplicateWindow = TimeSpan.FromMinutes(10);

    public const string TooMany = "Desde este equipo se enviaron muchas respuestas en la última hora. Espere un rato e intente de nuevo.";
    public const string Duplicate = "Ya recibimos estas mismas respuestas desde este equipo hace unos minutos. No es necesario enviarlas otra vez.";
    public const string AlreadyAnswered = "Ya respondió esta encuesta, gracias.";

    public int PerHour => options.Value.MaxResponsesPerHour;

    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>A token this form handed out: 43 base64url characters (32 random bytes).</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    /// <summary>The sender's address and the exercise; the address is what forwarded headers from a known proxy say.</summary>
    public static string ClientHash(HttpContext http, int exerciseId) => Hash($"{http.Connection.RemoteIpAddress}\n{exerciseId}");

    public Task<bool> AnsweredAsync(int exerciseId, string tokenHash) =>
        db.SurveyResponses.AnyAsync(r => r.ExerciseId == exerciseId && r.RespondentTokenHash == tokenHash);

    /// <summary>Why this response is refused as a mass repeat (a Spanish message), or null. Counts the attempt.</summary>
    public async Task<string?> RefusalAsync(int exerciseId, HttpContext http, IReadOnlyCollection<SurveyAnswer> answers, DateTime now)
    {
        var clientHash = ClientHash(http, exerciseId);
        var since = now - DuplicateWindow;
        var recent = await db.SurveyResponses.AsNoTracking()
            .Where(r => r.ExerciseId == exerciseId && r.ClientHash == clientHash && r.SubmittedAt > since)
            .Include(r => r.Answers).ToListAsync();
        var fingerprint = Fingerprint(answers);
        if (recent.Any(r => Fingerprint(r.Answers) == fingerprint))
        {
            return Duplicate;
        }
        var sent = await counters.HitAsync("survey-address", clientHash, TimeSpan.FromHours(1));
        return sent.Count > PerHour ? TooMany : null;
    }

    private static string Fingerprint(IEnumerable<SurveyAnswer> answers) => string.Join("\n", answers
        .Select(a => $"{a.SurveyQuestionId}:{a.SurveyOptionId}:{a.Text}").Order(StringComparer.Ordinal));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
