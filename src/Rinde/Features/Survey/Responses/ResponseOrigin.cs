namespace Rinde.Features.Survey.Responses;

/// <summary>
/// Where a survey response came from. Stored by these names (the exercise document and the
/// exports print them), so they are constants rather than an enum with a converter.
/// </summary>
public static class ResponseOrigin
{
    /// <summary>Rinde's public form.</summary>
    public const string Rinde = "rinde";

    /// <summary>A paper form transcribed by staff.</summary>
    public const string Papel = "papel";

    public const string GoogleForms = "google-forms";

    public const string MicrosoftForms = "microsoft-forms";

    /// <summary>The name a person reads.</summary>
    public static string Label(string origin) => origin switch
    {
        Rinde => "Formulario de Rinde",
        Papel => "Papel",
        GoogleForms => "Google Forms",
        MicrosoftForms => "Microsoft Forms",
        _ => origin,
    };
}
