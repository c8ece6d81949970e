using System.ComponentModel.DataAnnotations;
using Rinde.Features.Files;

namespace Rinde.Features.Reporting;

/// <summary>A section of the information reported (item 5 of the acta): narrative, figures, images.</summary>
public class ReportSection : Data.ISoftDeletable
{
    public int Id { get; set; }
    public int ExerciseId { get; set; }
    public int Order { get; set; }
    public required string Title { get; set; }

    /// <summary>Office that reports it (dependency code), optional.</summary>
    public int? DependencyId { get; set; }

    /// <summary>Narrative in Markdown.</summary>
    public string Narrative { get; set; } = "";

    public List<ReportFigure> Figures { get; set; } = [];
    public List<ReportImage> Images { get; set; } = [];
}

/// <summary>A key figure (amount, percentage, count) with its unit and source.</summary>
public class ReportFigure : Data.ISoftDeletable
{
    public int Id { get; set; }
    public int ReportSectionId { get; set; }
    public int Order { get; set; }
    public required string Label { get; set; }
    public decimal Value { get; set; }
    public FigureUnit Unit { get; set; }
    public string Source { get; set; } = "";
}

public enum FigureUnit
{
    [Display(Name = "Cantidad")]
    Cantidad,
    [Display(Name = "Pesos")]
    Pesos,
    [Display(Name = "Porcentaje")]
    Porcentaje,
    [Display(Name = "Personas")]
    Personas,
    [Display(Name = "Días")]
    Dias,
}

/// <summary>An image of a reported section with its caption and source.</summary>
public class ReportImage : Data.ISoftDeletable
{
    public int Id { get; set; }
    public int ReportSectionId { get; set; }
    public int Order { get; set; }
    public Guid FileId { get; set; }
    public StoredFile File { get; set; } = null!;
    public string Caption { get; set; } = "";
    public string Source { get; set; } = "";
}
