using System.ComponentModel.DataAnnotations;
using Rinde.Features.Dependencies;

namespace Rinde.Features.Questions;

/// <summary>
/// A citizen's question, proposal or PQRSD received before or during the dialogue. It is a
/// petition in law: if not answered live it must be answered in writing before its deadline.
/// </summary>
public class CitizenQuestion : Data.ISoftDeletable
{
    public int Id { get; set; }
    public int ExerciseId { get; set; }

    /// <summary>Number within the exercise (No. in the acta's table).</summary>
    public int Number { get; set; }

    /// <summary>The asker's private key to follow the question before it is published.</summary>
    public string FollowCode { get; set; } = PublicQuestions.NewFollowCode();

    public required string Text { get; set; }
    public QuestionType Type { get; set; } = QuestionType.Pregunta;

    public int? ThemeId { get; set; }
    public QuestionTheme? Theme { get; set; }

    public string? CitizenName { get; set; }
    public bool Anonymous { get; set; }
    public string? Email { get; set; }
    public bool Consent { get; set; }

    /// <summary>Whether the citizen agreed to have the name published (public acta, portal).</summary>
    public bool PublishName { get; set; }

    public QuestionChannel Channel { get; set; } = QuestionChannel.FormularioWeb;

    public string? Answer { get; set; }
    public string? AnsweredBy { get; set; }
    public bool AnsweredLive { get; set; }
    public DateTime? AnsweredAt { get; set; }

    /// <summary>"Acciones a desarrollar" column of the acta.</summary>
    public string Actions { get; set; } = "";

    public DateOnly? Deadline { get; set; }
    public DateTime ReceivedAt { get; set; }

    /// <summary>Office that must answer it (desk assignment).</summary>
    public int? AssignedDependencyId { get; set; }
    public Dependency? AssignedDependency { get; set; }

    /// <summary>Person who must answer it, as staff wrote it.</summary>
    public string? AssignedTo { get; set; }

    /// <summary>Hidden from the public for abuse; kept, never deleted.</summary>
    public bool Hidden { get; set; }
    public string? HiddenReason { get; set; }
    public string? HiddenBy { get; set; }

    /// <summary>The question this one duplicates; its answer is the other's.</summary>
    public int? MergedIntoId { get; set; }

    /// <summary>Optimistic concurrency: every desk change increments it.</summary>
    public int Version { get; set; }

    /// <summary>The legal trail of an extension or a transfer (see <see cref="LegalTrail"/>).</summary>
    public DateOnly? OriginalDeadline { get; set; }
    public string? ExtensionReason { get; set; }
    public DateTime? ExtendedAt { get; set; }
    public string? TransferredTo { get; set; }
    public string? TransferReason { get; set; }
    public DateTime? TransferredAt { get; set; }
}

public enum QuestionType
{
    [Display(Name = "Pregunta")]
    Pregunta,
    [Display(Name = "Petición")]
    Peticion,
    [Display(Name = "Solicitud de documentos o información")]
    SolicitudInformacion,
    [Display(Name = "Consulta")]
    Consulta,
    [Display(Name = "Queja")]
    Queja,
    [Display(Name = "Reclamo")]
    Reclamo,
    [Display(Name = "Sugerencia")]
    Sugerencia,
    [Display(Name = "Denuncia")]
    Denuncia,
    [Display(Name = "Felicitación")]
    Felicitacion,
}

public enum QuestionChannel
{
    [Display(Name = "Formulario web")]
    FormularioWeb,
    [Display(Name = "Chat de la transmisión")]
    ChatTransmision,
    [Display(Name = "Presencial")]
    Presencial,
    [Display(Name = "Formato en papel")]
    Papel,
    [Display(Name = "Teléfono")]
    Telefono,
    [Display(Name = "Correo electrónico")]
    Correo,
}

/// <summary>A theme under which questions are classified and analysed (item 7).</summary>
public class QuestionTheme : Data.ISoftDeletable
{
    public int Id { get; set; }
    public int ExerciseId { get; set; }
    public required string Name { get; set; }
    public int Order { get; set; }
}
