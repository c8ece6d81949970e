using Microsoft.Extensions.Options;

namespace Rinde.Features.Files;

/// <summary>
/// The one home of every budget a file sent to Rinde must keep (UploadBudgets__*): what an
/// upload or an import may cost is decided here, before any parser or decoder sees the bytes.
/// The sizes are constants because attributes (the pages' request limits) need them.
/// </summary>
public sealed class UploadBudgets
{
    public const string Section = "UploadBudgets";

    /// <summary>An image or annex (FileStore).</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    /// <summary>A survey export to import (ImportUploads): a million responses fit.</summary>
    public const long MaxImportBytes = 200L * 1024 * 1024;

    /// <summary>Columns of a survey file (Microsoft Forms' widest real exports have a few hundred).</summary>
    public int MaxColumns { get; set; } = 500;

    /// <summary>Bytes of one cell (UTF-8): a long open answer is a few KB.</summary>
    public int MaxCellBytes { get; set; } = 32 * 1024;

    /// <summary>Records of a survey file, the header included.</summary>
    public int MaxRows { get; set; } = 2_000_000;

    /// <summary>
    /// What the parts of an XLSX may add up to once decompressed. Microsoft Forms exports at most
    /// 50 000 responses to Excel: about 60 MB of sheet for 30 questions.
    /// </summary>
    public long MaxXlsxExpandedBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Distinct texts of an XLSX (its sharedStrings part).</summary>
    public int MaxSharedStrings { get; set; } = 2_000_000;

    /// <summary>Pixels of an uploaded image (width × height), read from its header before anything decodes it.</summary>
    public long MaxImagePixels { get; set; } = 50_000_000;

    /// <summary>A stored image wider or taller than this is scaled down once, when stored: documents need no more.</summary>
    public int StoredImageMaxSide { get; set; } = 2400;

    /// <summary>The longest record the CSV reader grows its buffer for (an unclosed quote stops there).</summary>
    public int MaxRecordBytes => (int)Math.Min(int.MaxValue / 2, (long)MaxColumns * MaxCellBytes);

    public static void Register(IServiceCollection services)
    {
        services.AddOptions<UploadBudgets>().BindConfiguration(Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<UploadBudgets>, Validator>();
    }

    /// <summary>A budget of zero or less would refuse everything (or nothing): Rinde does not start with one.</summary>
    private sealed class Validator : IValidateOptions<UploadBudgets>
    {
        public ValidateOptionsResult Validate(string? name, UploadBudgets b)
        {
            var errors = new List<string>();
            void Check(string key, long value, long max)
            {
                if (value < 1 || value > max)
                {
                    errors.Add($"{Section}__{key} debe estar entre 1 y {max} (es {value}).");
                }
            }
            Check(nameof(MaxColumns), b.MaxColumns, 16_384);
            Check(nameof(MaxCellBytes), b.MaxCellBytes, 1024 * 1024);
            Check(nameof(MaxRows), b.MaxRows, 50_000_000);
            Check(nameof(MaxXlsxExpandedBytes), b.MaxXlsxExpandedBytes, 4L * 1024 * 1024 * 1024);
            Check(nameof(MaxSharedStrings), b.MaxSharedStrings, 50_000_000);
            Check(nameof(MaxImagePixels), b.MaxImagePixels, 200_000_000);
            Check(nameof(StoredImageMaxSide), b.StoredImageMaxSide, 20_000);
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
