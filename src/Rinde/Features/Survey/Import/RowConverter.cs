using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;
using Rinde.Features.Files;
using Rinde.Features.Survey.Responses.Blocks;

namespace Rinde.Features.Survey.Import;

/// <summary>A row of the file read and understood: its cells packed and its import key, or why it cannot be read.</summary>
public sealed record PreparedRow(int Number, string? Error, DateTime Submitted, UInt128 Key, PackedCell[] Cells)
{
    public static PreparedRow Unreadable(int number, string error) => new(number, error, default, 0, []);
}

/// <summary>
/// Turns a record of the file into a packed response, or into the Spanish reason it cannot be
/// read. Answers to closed questions become their options; anything else is kept as typed text.
/// CSV records past the first rows are prepared on several threads straight from the parser's
/// UTF-8 bytes (<see cref="Prepare(CsvReader)"/>); the others from their cells' text.
/// </summary>
/// <remarks>
/// An import runs its loops once, for seconds: the hot methods are compiled optimised at once
/// (<see cref="MethodImplOptions.AggressiveOptimization"/>) instead of waiting for the runtime's
/// tiers, which would leave a good part of one import in unoptimised code.
/// </remarks>
public sealed class RowConverter
{
    [ThreadStatic] private static (RowConverter? Owner, SpanCells[] Cells) threadCells;

    private readonly ImportPlan plan;
    private readonly int headerCount;
    private readonly bool checkWidth;
    private readonly CellMeaning[] meanings;
    private readonly int[] columns;
    private readonly StringCells[] strings;

    public RowConverter(ImportPlan plan, string separator, int headerCount, bool checkWidth)
    {
        this.plan = plan;
        this.headerCount = headerCount;
        this.checkWidth = checkWidth;
        meanings = [.. plan.Questions.Select(q => new CellMeaning(q, separator))];
        columns = [.. plan.Questions.Select(q => q.Column.Index)];
        strings = [.. meanings.Select(m => new StringCells(m))];
    }

    /// <summary>A writer of blocks for this file's questions.</summary>
    public BlockWriter NewWriter() => new([.. meanings.Select(m => m.Question.Closed)]);

    /// <summary>Null when the row can be read, with the moment it was sent; the Spanish reason otherwise.</summary>
    public string? Check(TableRow row, out DateTime submitted)
    {
        submitted = default;
        return row.Error ?? Problem(row.Cells.Length, Cell(row, plan.TimestampIndex), out submitted);
    }

    /// <summary>A row of the first ones or of a workbook (one thread).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public PreparedRow Prepare(TableRow row)
    {
        if (Check(row, out var submitted) is { } error) return PreparedRow.Unreadable(row.Number, error);
        var cells = new PackedCell[meanings.Length];
        UInt128 answers = 0;
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = strings[i].Understand(Cell(row, columns[i]));
            cells[i] = cell.Packed;
            answers += cell.Hash;
        }
        var id = plan.ResponseIdIndex < 0 ? "" : Cell(row, plan.ResponseIdIndex).Trim();
        return new PreparedRow(row.Number, null, submitted, Key(submitted, answers, Encoding.UTF8.GetBytes(id)), cells);
    }

    /// <summary>The parser's current record, on any of its threads; null for a row left empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public PreparedRow? Prepare(CsvReader record)
    {
        var number = (int)record.RowNumber;
        var stamp = plan.TimestampIndex < record.FieldCount ? record.GetSpan(plan.TimestampIndex) : default;
        if (stamp.IsEmpty && IsEmpty(record)) return null;
        DateTime submitted = default;
        string? problem = null;
        if (checkWidth && record.FieldCount != headerCount) problem = WidthProblem(record.FieldCount);
        else if (stamp.IsEmpty) problem = NoStamp;
        else if (ImportTimestamp.Parse(stamp) is { } at) submitted = at;
        else problem = StampProblem(Encoding.UTF8.GetString(stamp));
        if (problem is not null) return PreparedRow.Unreadable(number, problem);

        if (!ReferenceEquals(threadCells.Owner, this)) threadCells = (this, [.. meanings.Select(m => new SpanCells(m))]);
        var caches = threadCells.Cells;
        var cells = new PackedCell[meanings.Length];
        UInt128 answers = 0;
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = caches[i].Understand(columns[i] < record.FieldCount ? record.GetSpan(columns[i]) : default);
            cells[i] = cell.Packed;
            answers += cell.Hash;
        }
        var id = plan.ResponseIdIndex >= 0 && plan.ResponseIdIndex < record.FieldCount ? record.GetSpan(plan.ResponseIdIndex).Trim(" \t\r\n"u8) : default;
        return new PreparedRow(number, null, submitted, Key(submitted, answers, id), cells);
    }

    /// <summary>
    /// The import key: the instant and the sum of the hashes of (question title, answer) pairs, so
    /// the same answers to the same questions give the same key whatever the order of the
    /// columns and the shape of the file; with Microsoft Forms' response <paramref name="id"/>
    /// when the file has one (two people who sent the same answers in the same second differ).
    /// </summary>
    public static UInt128 Key(DateTime submitted, UInt128 answers, ReadOnlySpan<byte> id = default)
    {
        Span<byte> material = stackalloc byte[40];
        BinaryPrimitives.WriteInt64LittleEndian(material, submitted.Ticks);
        BinaryPrimitives.WriteUInt128LittleEndian(material[8..], answers);
        if (id.IsEmpty) return XxHash128.HashToUInt128(material[..24]);
        BinaryPrimitives.WriteUInt128LittleEndian(material[24..], XxHash128.HashToUInt128(id));
        return XxHash128.HashToUInt128(material);
    }

    private const string NoStamp = "Falta la marca temporal.";

    private string WidthProblem(int width) => $"Tiene {width} columnas y el encabezado tiene {headerCount}.";

    private static string StampProblem(string stamp) => $"La marca temporal «{ImportText.Clean(stamp)}» no es una fecha y hora reconocible.";

    private string? Problem(int width, string stamp, out DateTime submitted)
    {
        submitted = default;
        if (checkWidth && width != headerCount) return WidthProblem(width);
        if (stamp.Length == 0) return NoStamp;
        if (ImportTimestamp.Parse(stamp) is not { } at) return StampProblem(stamp);
        submitted = at;
        return null;
    }

    /// <summary>Rows left empty by someone who edited the sheet (",,,,") are no responses.</summary>
    private static bool IsEmpty(CsvReader record)
    {
        for (var i = 0; i < record.FieldCount; i++)
        {
            var field = record.GetSpan(i);
            if (field.IsEmpty) continue;
            if (System.Text.Ascii.IsValid(field) ? field.TrimStart(" \t\r\n"u8).Length > 0 : !string.IsNullOrWhiteSpace(Encoding.UTF8.GetString(field))) return false;
        }
        return true;
    }

    private static string Cell(TableRow row, int index) => index < row.Cells.Length ? row.Cells[index] : "";
}
