using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Survey.Results;

namespace Rinde.Features.Survey.Responses.Blocks;

/// <summary>The summaries of an exercise's live blocks added up: what its imports contribute to the results.</summary>
public sealed class BlockSummaries
{
    private readonly Dictionary<int, BlockQuestionSummary> questions = [];

    /// <summary>Imported responses.</summary>
    public int Responses { get; private set; }

    public static async Task<BlockSummaries> OfExerciseAsync(RindeDbContext db, int exerciseId, CancellationToken ct)
    {
        var result = new BlockSummaries();
        var rows = db.SurveyResponseBlocks.Where(b => b.ExerciseId == exerciseId).OrderBy(b => b.Id)
            .Select(b => new { b.Count, b.Summary }).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct)) result.Add(row.Count, BlockSummary.FromJson(row.Summary));
        return result;
    }

    /// <summary>The summaries of blocks already in memory (the acta's path).</summary>
    public static BlockSummaries Of(IEnumerable<SurveyResponseBlock> blocks)
    {
        var result = new BlockSummaries();
        foreach (var block in blocks) result.Add(block.Count, BlockSummary.FromJson(block.Summary));
        return result;
    }

    public void Add(int count, BlockSummary summary)
    {
        Responses += count;
        foreach (var (id, part) in summary.Questions)
        {
            if (!questions.TryGetValue(id, out var sum)) questions[id] = sum = new BlockQuestionSummary();
            sum.Respondents += part.Respondents;
            foreach (var (option, n) in part.Options) sum.Options[option] = sum.Options.GetValueOrDefault(option) + n;
            foreach (var (text, n) in part.Typed) sum.Typed[text] = sum.Typed.GetValueOrDefault(text) + n;
        }
    }

    /// <summary>The question's counts with the imported ones added.</summary>
    public SurveyQuestionCounts AddTo(int questionId, SurveyQuestionCounts counts)
    {
        if (!questions.TryGetValue(questionId, out var sum)) return counts;
        var options = new Dictionary<int, int>(counts.OptionRespondents);
        foreach (var (option, n) in sum.Options) options[option] = options.GetValueOrDefault(option) + n;
        return new SurveyQuestionCounts(counts.Respondents + sum.Respondents, options,
            [.. counts.Typed, .. sum.Typed.Select(t => (t.Key, t.Value))], counts.Texts);
    }

    /// <summary>The first imported answers to an open question, in the order they were imported.</summary>
    public static async Task<List<string>> TextsAsync(RindeDbContext db, int exerciseId, int questionId, int limit, CancellationToken ct)
    {
        var texts = new List<string>();
        var marker = BlockLayout.Marker(questionId);
        var blocks = db.SurveyResponseBlocks.Where(b => b.ExerciseId == exerciseId && b.QuestionIds.Contains(marker));
        await foreach (var response in SurveyResponseSource.ImportedAsync(db, blocks, ct))
        {
            texts.AddRange(response.Answers.Where(a => a.SurveyQuestionId == questionId && !string.IsNullOrWhiteSpace(a.Text)).Select(a => a.Text!));
            if (texts.Count >= limit) return texts[..limit];
        }
        return texts;
    }
}
