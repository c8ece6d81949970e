using System.ComponentModel.DataAnnotations;

namespace Rinde.Features.SelfAssessment;

/// <summary>An item of the DOFA (SWOT) matrix.</summary>
public class DofaItem : Data.ISoftDeletable
{
    public int Id { get; set; }
    public int ExerciseId { get; set; }
    public DofaKind Kind { get; set; }
    public required string Text { get; set; }
    public int Order { get; set; }
}

public enum DofaKind
{
    [Display(Name = "Fortaleza")]
    Fortaleza,
    [Display(Name = "Oportunidad")]
    Oportunidad,
    [Display(Name = "Debilidad")]
    Debilidad,
    [Display(Name = "Amenaza")]
    Amenaza,
}

/// <summary>A crossed strategy (FO, DO, FA, DA) born from the DOFA matrix.</summary>
public class DofaStrategy : Data.ISoftDeletable
{
    public int Id { get; set; }
    public int ExerciseId { get; set; }
    public StrategyKind Kind { get; set; }

    /// <summary>Label such as "FO1"; when empty it is numbered within its kind.</summary>
    public string Code { get; set; } = "";

    public required string Text { get; set; }
    public int Order { get; set; }
}

public enum StrategyKind
{
    [Display(Name = "FO (fortalezas y oportunidades)")]
    FO,
    [Display(Name = "DO (debilidades y oportunidades)")]
    DO,
    [Display(Name = "FA (fortalezas y amenazas)")]
    FA,
    [Display(Name = "DA (debilidades y amenazas)")]
    DA,
}
