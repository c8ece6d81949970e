namespace Rinde.Features.Survey.Responses;

/// <summary>
/// Up to <see cref="BlockWriter.Capacity"/> imported responses stored together: their answers
/// packed in <see cref="Data"/>, their import keys in <see cref="Keys"/> and their counts already
/// made in <see cref="Summary"/>. A million imported rows are a few hundred of these, so an
/// import writes megabytes instead of twenty million rows (docs/decisions.md, "Imported
/// responses are stored in blocks"). Responses typed in or sent through the form stay rows.
/// </summary>
public class SurveyResponseBlock : Data.ISoftDeletable
{
    public int Id { get; set; }
    public int ExerciseId { get; set; }

    /// <summary>The import it came from: one import writes one or more blocks.</summary>
    public Guid ImportId { get; set; }

    /// <summary><see cref="ResponseOrigin.GoogleForms"/> or <see cref="ResponseOrigin.MicrosoftForms"/>.</summary>
    public string Origin { get; set; } = "";

    public DateTime ImportedAt { get; set; }

    /// <summary>Who imported it.</summary>
    public string ImportedBy { get; set; } = "";

    public int Count { get; set; }
    public DateTime FirstSubmittedAt { get; set; }
    public DateTime LastSubmittedAt { get; set; }

    /// <summary>The questions and options its answers use, as ",12,15,": a question or option with answers is never removed.</summary>
    public string QuestionIds { get; set; } = ",";
    public string OptionIds { get; set; } = ",";

    /// <summary>What each slot of <see cref="Data"/> stands for (<see cref="BlockLayout"/> as JSON).</summary>
    public string Layout { get; set; } = "";

    /// <summary>Respondents per question, option and typed value (<see cref="BlockSummary"/> as JSON).</summary>
    public string Summary { get; set; } = "";

    /// <summary>16 bytes per response, in order: the import keys.</summary>
    public byte[] Keys { get; set; } = [];

    /// <summary>Per slot, the distinct cells its responses gave (<see cref="PackedCell"/>), blank first.</summary>
    public byte[] Cells { get; set; } = [];

    /// <summary>Per response, when it was sent and, per slot, the place of its cell (<see cref="BlockReader"/>).</summary>
    public byte[] Data { get; set; } = [];
}
