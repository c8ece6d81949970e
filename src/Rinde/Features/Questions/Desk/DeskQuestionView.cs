namespace Rinde.Features.Questions.Desk;

/// <summary>A question as the desk (staff) sees it.</summary>
public sealed record DeskQuestionView(
    int Id,
    int Number,
    string Text,
    QuestionType Type,
    string? Theme,
    string? CitizenName,
    bool Anonymous,
    QuestionChannel Channel,
    string Status,
    string? Answer,
    bool AnsweredLive,
    DateOnly? Deadline,
    DateTime ReceivedAt,
    string? AssignedOffice = null,
    string? AssignedTo = null,
    string? HiddenReason = null,
    int? MergedIntoId = null,
    int Version = 0,
    int? AssignedDependencyId = null)
{
    public static DeskQuestionView From(CitizenQuestion q) => new(
        q.Id, q.Number, q.Text, q.Type, q.Theme?.Name, q.Anonymous ? null : q.CitizenName, q.Anonymous, q.Channel,
        StatusOf(q), q.Answer, q.AnsweredLive, q.Deadline, q.ReceivedAt,
        q.AssignedDependency?.Name, q.AssignedTo, q.Hidden ? q.HiddenReason : null, q.MergedIntoId, q.Version, q.AssignedDependencyId);

    public static string StatusOf(CitizenQuestion q) =>
        q.Hidden ? "oculta"
        : q.MergedIntoId is not null ? "fusionada"
        : q.Answer is null ? "pendiente"
        : q.AnsweredLive ? "respondida_en_vivo" : "respondida_por_escrito";

    /// <summary>An empty question the desk's script copies for questions that arrive live.</summary>
    public static DeskQuestionView Template { get; } = new(0, 0, "", QuestionType.Pregunta, null, null, false,
        QuestionChannel.FormularioWeb, "pendiente", null, false, null, default);

    public static readonly IReadOnlyDictionary<string, string> StatusLabels = new Dictionary<string, string>
    {
        ["pendiente"] = "Pendiente",
        ["respondida_en_vivo"] = "Respondida en vivo",
        ["respondida_por_escrito"] = "Respondida por escrito",
        ["oculta"] = "Oculta",
        ["fusionada"] = "Duplicada",
    };

    public static string StatusLabel(string status) => StatusLabels.TryGetValue(status, out var label) ? label : status;
}
