namespace Rinde.Features.Questions;

/// <summary>
/// Legal terms to answer in writing what was not answered live (Ley 1755 de 2015, art. 14),
/// counted in business days from the dialogue's day.
/// </summary>
public static class QuestionDeadlines
{
    public static int TermInBusinessDays(QuestionType type) => type switch
    {
        QuestionType.SolicitudInformacion => 10,
        QuestionType.Consulta => 30,
        _ => 15,
    };

    public static DateOnly DueDate(QuestionType type, DateOnly dialogueDate) =>
        ColombianCalendar.AddBusinessDays(dialogueDate, TermInBusinessDays(type));
}
