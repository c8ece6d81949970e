namespace Rinde.Features.Questions.Desk;

/// <summary>
/// One change on the question desk (a question received, answered, assigned...). Events are
/// numbered per exercise without gaps (<see cref="Sequence"/> is the SSE event id), stored in
/// the same transaction as the change, so a desk that reconnects with Last-Event-ID gets
/// exactly what it missed from the database.
/// </summary>
public class QuestionEvent
{
    public long Id { get; set; }
    public int ExerciseId { get; set; }
    public long Sequence { get; set; }
    public required string Kind { get; set; }
    public int QuestionId { get; set; }
    public CitizenQuestion Question { get; set; } = null!;
    public DateTime At { get; set; }
}

public static class QuestionEventKinds
{
    public const string Received = "pregunta_recibida";
    public const string Answered = "pregunta_respondida";
    public const string Assigned = "pregunta_asignada";
    public const string Hidden = "pregunta_ocultada";
    public const string Merged = "pregunta_fusionada";
    /// <summary>A merge undone: the question is its own again (pending, with its deadline).</summary>
    public const string Unmerged = "pregunta_separada";
    /// <summary>A hidden message shown again.</summary>
    public const string Shown = "pregunta_mostrada";
    public const string Commitment = "compromiso_creado";
    public const string Extended = "pregunta_prorrogada";
    public const string Transferred = "pregunta_trasladada";
}
