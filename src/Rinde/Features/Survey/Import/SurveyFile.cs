using CsvHelper;
using Rinde.Features.Files;
using Rinde.Features.Survey.Responses;

namespace Rinde.Features.Survey.Import;

public enum SurveyFileKind { GoogleDownload, GoogleSheet, MicrosoftForms }

/// <summary>
/// A survey export read as a <see cref="TableFile"/>: a Google Forms CSV in either shape (its
/// download quotes every cell, a sheet saved as CSV does not), or a Microsoft Forms XLSX.
/// </summary>
public sealed class SurveyFile(TableFile table) : IDisposable
{
    public SurveyFileKind Kind { get; } = table.Kind switch
    {
        TableFileKind.Xlsx => SurveyFileKind.MicrosoftForms,
        TableFileKind.QuotedCsv => SurveyFileKind.GoogleDownload,
        _ => SurveyFileKind.GoogleSheet,
    };

    public string Origin => Kind == SurveyFileKind.MicrosoftForms ? ResponseOrigin.MicrosoftForms : ResponseOrigin.GoogleForms;

    /// <summary>What joins the options of one multiple-choice answer in this kind of file.</summary>
    public string Separator => Kind == SurveyFileKind.GoogleSheet ? ", " : ";";

    public static SurveyFile? Open(string path) => TableFile.Open(path) is { } table ? new SurveyFile(table) : null;

    /// <summary>Every record, the header first.</summary>
    public IEnumerable<TableRow> Rows() => table.Rows();

    /// <summary>The parser's settings, shared with the benchmark that times the parser alone.</summary>
    public static CsvReaderOptions CsvOptions(Action<CsvMalformedRecord>? malformed = null) => CsvTables.Options(malformed);

    /// <inheritdoc cref="TableFile.RestInParallel"/>
    public IEnumerable<T> RestInParallel<T>(Func<CsvReader, T> map) => table.RestInParallel(map);

    /// <inheritdoc cref="TableFile.MalformedReason"/>
    public string? MalformedReason(long number) => table.MalformedReason(number);

    public void Dispose() => table.Dispose();
}
