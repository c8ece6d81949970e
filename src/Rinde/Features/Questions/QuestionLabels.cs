namespace Rinde.Features.Questions;

/// <summary>How people read the question types and channels.</summary>
public static class QuestionLabels
{
    /// <summary>The types a citizen chooses from on the portal (PQRSD and questions).</summary>
    public static readonly IReadOnlyList<QuestionType> CitizenTypes =
        [QuestionType.Pregunta, QuestionType.Peticion, QuestionType.Queja, QuestionType.Reclamo, QuestionType.Sugerencia, QuestionType.Denuncia];

    public static string Type(QuestionType type) => type switch
    {
        QuestionType.Pregunta => "Pregunta",
        QuestionType.Peticion => "Petición",
        QuestionType.SolicitudInformacion => "Solicitud de documentos o información",
        QuestionType.Consulta => "Consulta",
        QuestionType.Queja => "Queja",
        QuestionType.Reclamo => "Reclamo",
        QuestionType.Sugerencia => "Sugerencia",
        QuestionType.Denuncia => "Denuncia",
        QuestionType.Felicitacion => "Felicitación",
        _ => type.ToString(),
    };

    public static string Channel(QuestionChannel channel) => channel switch
    {
        QuestionChannel.FormularioWeb => "Formulario web",
        QuestionChannel.ChatTransmision => "Chat de la transmisión",
        QuestionChannel.Presencial => "Presencial",
        QuestionChannel.Papel => "Formato en papel",
        QuestionChannel.Telefono => "Teléfono",
        QuestionChannel.Correo => "Correo electrónico",
        _ => channel.ToString(),
    };
}
