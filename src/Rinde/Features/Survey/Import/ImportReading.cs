using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Files;

namespace Rinde.Features.Survey.Import;

/// <summary>
/// An open survey file with its header understood and its plan made from the first
/// <see cref="ImportPlan.SampleSize"/> rows, which are kept so the file is read only once.
/// </summary>
public sealed class ImportReading : IDisposable
{
    private IEnumerator<TableRow>? rows;
    private bool exhausted;

    public SurveyFile? File { get; private init; }
    public string[] Headers { get; private init; } = [];
    public ImportPlan? Plan { get; private set; }
    public List<TableRow> Sample { get; } = [];
    public string? Problem { get; private init; }

    public static async Task<ImportReading> OpenAsync(RindeDbContext db, string path, int exerciseId, CancellationToken ct)
    {
        var file = SurveyFile.Open(path);
        if (file is null) return new ImportReading { Problem = SurveyImporter.NotASurveyFile };
        var rows = file.Rows().GetEnumerator();
        try
        {
            if (!rows.MoveNext()) return Refuse(file, rows, "El archivo está vacío.");
        }
        // Whatever the readers throw on the first record (a ZIP that is no workbook, broken XML): not an export.
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Refuse(file, rows, SurveyImporter.NotASurveyFile);
        }
        var headers = rows.Current.Cells;
        var columns = ImportColumns.Classify(headers, file.Kind);
        if (ImportColumns.Problem(columns, file.Kind) is { } problem) return Refuse(file, rows, problem);

        var existing = await db.SurveyQuestions.Where(q => q.ExerciseId == exerciseId)
            .Include(q => q.Options).AsNoTracking().ToListAsync(ct);
        var reading = new ImportReading { File = file, Headers = headers, rows = rows };
        while (reading.Sample.Count < ImportPlan.SampleSize)
        {
            if (!rows.MoveNext())
            {
                reading.exhausted = true;
                break;
            }
            reading.Sample.Add(rows.Current);
        }
        reading.Plan = ImportPlan.Create(columns, existing, reading.Sample, file.Separator);
        return reading;
    }

    /// <summary>
    /// About how many records the file holds, from its size and the sample's width (CSV only;
    /// 0 when unknown): the import sizes its duplicate check once instead of growing it.
    /// </summary>
    public int EstimatedRows(string path)
    {
        if (File?.Kind == SurveyFileKind.MicrosoftForms || Sample.Count == 0) return 0;
        var characters = Sample.Sum(r => r.Cells.Sum(c => c.Length + 3L) + 2);
        return (int)Math.Min(new FileInfo(path).Length * 11 / 10 / Math.Max(1, characters / Sample.Count), 50_000_000);
    }

    /// <summary>Every record after the header: the kept sample, then the rest of the file.</summary>
    public IEnumerable<TableRow> Records()
    {
        foreach (var row in Sample) yield return row;
        if (exhausted) yield break;
        while (rows!.MoveNext()) yield return rows.Current;
    }

    /// <summary>
    /// Every record after the header, prepared for the import: the kept sample here, the rest of
    /// a CSV file by the parser's threads (see <see cref="RowConverter.Prepare(CsvHelper.CsvReader)"/>),
    /// the rest of a workbook here.
    /// </summary>
    public IEnumerable<PreparedRow> Prepared(RowConverter converter)
    {
        foreach (var row in Sample) yield return converter.Prepare(row);
        if (exhausted) yield break;
        if (File!.Kind == SurveyFileKind.MicrosoftForms)
        {
            while (rows!.MoveNext()) yield return converter.Prepare(rows.Current);
            yield break;
        }
        foreach (var row in File.RestInParallel(converter.Prepare))
        {
            if (row is null) continue;
            yield return File.MalformedReason(row.Number) is { } problem ? PreparedRow.Unreadable(row.Number, problem) : row;
        }
    }

    public RowConverter Converter() =>
        new(Plan!, File!.Separator, Headers.Length, checkWidth: File.Kind != SurveyFileKind.MicrosoftForms);

    private static ImportReading Refuse(SurveyFile file, IEnumerator<TableRow> rows, string problem)
    {
        rows.Dispose();
        file.Dispose();
        return new ImportReading { Problem = problem };
    }

    public void Dispose()
    {
        rows?.Dispose();
        File?.Dispose();
    }
}
