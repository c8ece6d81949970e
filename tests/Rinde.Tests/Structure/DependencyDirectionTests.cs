using System.Text.RegularExpressions;

namespace Rinde.Tests.Structure;

/// <summary>
/// The survey's internals (how a file is imported, how responses are packed in blocks) stay in
/// the survey, and the survey never depends on the acta: the acta reads the survey's results.
/// Read from the sources, so a `using` or a fully qualified name is caught alike.
/// </summary>
public sealed partial class DependencyDirectionTests
{
    private static readonly string Source = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Rinde"));

    [Fact]
    public void No_file_outside_the_survey_reaches_its_import_or_its_blocks()
    {
        var survey = Path.Combine(Source, "Features", "Survey") + Path.DirectorySeparatorChar;
        var offenders = Files().Where(f => !f.StartsWith(survey, StringComparison.Ordinal) && SurveyInternals().IsMatch(Code(f)))
            .Select(Relative).ToList();
        Assert.True(offenders.Count == 0, "Use the survey's public types instead of its internals in: " + string.Join(", ", offenders));
    }

    [Fact]
    public void The_survey_uses_nothing_of_the_acta()
    {
        var survey = Path.Combine(Source, "Features", "Survey");
        var offenders = Files(survey).Where(f => ActaNamespace().IsMatch(Code(f))).Select(Relative).ToList();
        Assert.True(offenders.Count == 0, "The survey must not use the acta: " + string.Join(", ", offenders));
    }

    [Fact]
    public void The_scan_reads_the_sources_and_would_see_an_offender()
    {
        Assert.Contains(Files(), f => f.EndsWith("SurveySetup.cs", StringComparison.Ordinal));
        Assert.Matches(SurveyInternals(), "using Rinde.Features.Survey.Responses.Blocks;");
        Assert.Matches(SurveyInternals(), "var x = Features.Survey.Import.SurveyImporter.Words;");
        Assert.Matches(ActaNamespace(), "using Rinde.Features.Acta.Model;");
        Assert.DoesNotMatch(SurveyInternals(), "using Rinde.Features.Survey.Responses;");
    }

    private static IEnumerable<string> Files(string? root = null) =>
        Directory.EnumerateFiles(root ?? Source, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    /// <summary>The file without its comments, so a sentence that names a namespace is no dependency.</summary>
    private static string Code(string file) => Comments().Replace(File.ReadAllText(file), "");

    private static string Relative(string file) => Path.GetRelativePath(Source, file);

    [GeneratedRegex(@"\bSurvey\.(Import|Responses\.Blocks)\b")]
    private static partial Regex SurveyInternals();

    [GeneratedRegex(@"\bFeatures\.Acta\b")]
    private static partial Regex ActaNamespace();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex Comments();
}
