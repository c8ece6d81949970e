using System.Net.Mail;

namespace Rinde.Features.Questions.Intake;

/// <summary>What a citizen sends from the portal or through the API.</summary>
public sealed record QuestionSubmission
{
    public string? Text { get; init; }
    public QuestionType Type { get; init; } = QuestionType.Pregunta;
    public string? Theme { get; init; }
    public string? CitizenName { get; init; }
    public bool Anonymous { get; init; }
    public string? Email { get; init; }
    public bool Consent { get; init; }

    /// <summary>The citizen agrees to have the name published with the question and its answer.</summary>
    public bool PublishName { get; init; }

    /// <summary>Honeypot: a field people never see; bots fill it in.</summary>
    public string? Website { get; init; }

    public const int MinLength = 5;
    public const int MaxLength = 2000;
    public const int MaxNameLength = 120;

    /// <summary>Every invalid field with its Spanish message (empty when all is well).</summary>
    public Dictionary<string, string[]> Validate(IReadOnlyCollection<string> themes)
    {
        var errors = new Dictionary<string, string[]>();
        var text = Text?.Trim() ?? "";
        if (text.Length < MinLength)
        {
            errors["text"] = [$"Escriba su pregunta (al menos {MinLength} caracteres)."];
        }
        else if (text.Length > MaxLength)
        {
            errors["text"] = [$"La pregunta no puede pasar de {MaxLength} caracteres; tiene {text.Length}."];
        }
        else if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            errors["text"] = ["La pregunta contiene caracteres no permitidos."];
        }
        if (!Enum.IsDefined(Type))
        {
            errors["type"] = ["Elija el tipo de solicitud."];
        }
        if (Theme is { Length: > 0 } theme && !IsUnknownTheme(theme) && !themes.Contains(theme.Trim()))
        {
            errors["theme"] = ["Elija uno de los temas del ejercicio, o «No sé»."];
        }
        if (!Anonymous && (CitizenName?.Trim().Length ?? 0) > MaxNameLength)
        {
            errors["citizenName"] = [$"El nombre no puede pasar de {MaxNameLength} caracteres."];
        }
        if (!Anonymous && Email is { Length: > 0 } email && !MailAddress.TryCreate(email.Trim(), out _))
        {
            errors["email"] = ["El correo electrónico no es válido."];
        }
        var givesPersonalData = !Anonymous && (!string.IsNullOrWhiteSpace(CitizenName) || !string.IsNullOrWhiteSpace(Email));
        if (givesPersonalData && !Consent)
        {
            errors["consent"] = ["Para dejar su nombre o correo debe autorizar el tratamiento de sus datos personales (Ley 1581 de 2012), o preguntar de forma anónima."];
        }
        if (!string.IsNullOrEmpty(Website))
        {
            errors["website"] = ["No se pudo recibir la pregunta."];
        }
        return errors;
    }

    public static bool IsUnknownTheme(string theme) =>
        theme.Trim().Equals("no sé", StringComparison.OrdinalIgnoreCase) || theme.Trim().Equals("no se", StringComparison.OrdinalIgnoreCase);
}
