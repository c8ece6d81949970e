namespace Rinde.Features.Questions;

/// <summary>How people read the question types and channels.</summary>
public static class QuestionLabels
{
    /// <summary>The types a citizen chooses from on the portal (PQRSD and questions).</summary>
    public static readonly IReadOnlyList<QuestionType> CitizenTypes =
        [QuestionType.Pregunta, QuestionType.Peticion, QuestionType.Queja, QuestionType.Reclamo, QuestionType.Sugerencia, QuestionType.Denuncia];

    public static string Type(QuestionType type) => BackOffice.EnumLabels.Of(type);

    public static string Channel(QuestionChannel channel) => BackOffice.EnumLabels.Of(channel);
}
