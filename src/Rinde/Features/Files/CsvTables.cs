using CsvHelper;

namespace Rinde.Features.Files;

/// <summary>How every imported CSV is parsed: comma-separated, header read as a row, cells kept as written.</summary>
public static class CsvTables
{
    public static CsvReaderOptions Options(Action<CsvMalformedRecord>? malformed = null) => CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = false,
        SkipEmptyLines = true,
        TrimWhitespace = false,
        PoolStrings = true,
        OnMalformedRecord = malformed,
    };
}
