using Rinde.Features.Exercises;
using Rinde.Features.Files;

namespace Rinde.Features.Acta.Workflow;

/// <summary>
/// An approved acta, frozen: its documents are stored once with their SHA-256 and never
/// generated again. The public rendering is what the archive serves; the internal one (full
/// names) is for the entity's file.
/// </summary>
public class ActaVersion
{
    public int Id { get; set; }
    public int ExerciseId { get; set; }
    public int Version { get; set; }
    public required string Number { get; set; }
    public DateTime ApprovedAt { get; set; }

    /// <summary>When this version was published; from then on anyone may read its files, forever.</summary>
    public DateTime? PublishedAt { get; set; }
    public string ApprovedBy { get; set; } = "";

    public Guid DocxFileId { get; set; }
    public StoredFile DocxFile { get; set; } = null!;
    public Guid InternalDocxFileId { get; set; }
    public StoredFile InternalDocxFile { get; set; } = null!;
    /// <summary>The web page (acta.html) as approved, public and internal: served instead of rendering it again.</summary>
    public Guid HtmlFileId { get; set; }
    public StoredFile HtmlFile { get; set; } = null!;
    public Guid InternalHtmlFileId { get; set; }
    public StoredFile InternalHtmlFile { get; set; } = null!;
    public Guid? PdfFileId { get; set; }
    public StoredFile? PdfFile { get; set; }

    /// <summary>The signed, scanned acta; once uploaded it is the published PDF.</summary>
    public Guid? SignedPdfFileId { get; set; }
    public StoredFile? SignedPdfFile { get; set; }

    public StoredFile? PublishedPdf => SignedPdfFile ?? PdfFile;
}

/// <summary>One step of the acta's lifecycle: who moved it, when, and why.</summary>
public class ActaTransition
{
    public int Id { get; set; }
    public int ExerciseId { get; set; }
    public ActaState From { get; set; }
    public ActaState To { get; set; }
    public string By { get; set; } = "";
    public DateTime At { get; set; }
    public string Comment { get; set; } = "";
}

/// <summary>The yearly consecutive of the acta numbers of one dependency.</summary>
public class ActaNumberCounter
{
    public int DependencyId { get; set; }
    public int Year { get; set; }
    public int Last { get; set; }
}
