using Rinde.Data;
using Rinde.Features.Files;

namespace Rinde.Features.Survey.Import;

/// <summary>What an import would do, without doing it: the mapping of each column, the first rows, the rows that would be refused.</summary>
public sealed record ImportPreview(
    SurveyFileKind Kind,
    IReadOnlyList<ImportColumn> Columns,
    IReadOnlyList<PlannedQuestion> Questions,
    IReadOnlyList<TableRow> FirstRows,
    int RowCount,
    IReadOnlyList<RejectedRow> Rejected,
    int RejectedCount)
{
    public const int ShownRows = 5;

    public string KindLabel => Kind switch
    {
        SurveyFileKind.GoogleDownload => "Google Forms: archivo descargado de las respuestas del formulario (CSV)",
        SurveyFileKind.GoogleSheet => "Google Forms: hoja de cálculo de respuestas descargada como CSV",
        _ => "Microsoft Forms: libro de Excel (XLSX)",
    };

    /// <summary>Reads the whole file once (streaming) to count its rows and find those that cannot be read.</summary>
    public static async Task<(ImportPreview? Preview, string? Problem)> ReadAsync(RindeDbContext db, string path, int exerciseId, CancellationToken ct)
    {
        using var reading = await ImportReading.OpenAsync(db, path, exerciseId, ct);
        if (reading.Problem is { } problem) return (null, problem);
        var converter = reading.Converter();
        var rejected = new List<RejectedRow>();
        int count = 0, rejectedCount = 0;
        foreach (var row in reading.Records())
        {
            count++;
            if (converter.Check(row, out _) is { } error && ++rejectedCount <= SurveyImporter.MaxRejected)
            {
                rejected.Add(new RejectedRow(row.Number, error));
            }
        }
        var plan = reading.Plan!;
        return (new ImportPreview(reading.File!.Kind, plan.Columns, plan.Questions, reading.Sample.Take(ShownRows).ToList(),
            count, rejected, rejectedCount), null);
    }
}
