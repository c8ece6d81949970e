using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Survey.Responses.Blocks;

namespace Rinde.Features.Survey.Responses;

/// <summary>
/// How many live responses, typed in or imported, answered a question or chose an option: what
/// may not be removed or retyped from under them. Imported blocks are found by their searchable
/// id columns and counted from their summaries, because a block's layout lists every option of
/// an imported question (and every column of its file), chosen or not: presence alone would
/// lock options and questions nobody answered.
/// </summary>
public static class AnswerUse
{
    public static async Task<int> OfQuestionAsync(RindeDbContext db, int questionId)
    {
        var rows = await db.SurveyResponses.CountAsync(r => r.Answers.Any(a => a.SurveyQuestionId == questionId));
        var marker = BlockLayout.Marker(questionId);
        var summaries = await SummariesAsync(db.SurveyResponseBlocks.Where(b => b.QuestionIds.Contains(marker)));
        return rows + summaries.Sum(s => s.Questions.GetValueOrDefault(questionId)?.Respondents ?? 0);
    }

    public static async Task<int> OfOptionAsync(RindeDbContext db, int optionId)
    {
        var rows = await db.SurveyResponses.CountAsync(r => r.Answers.Any(a => a.SurveyOptionId == optionId));
        var marker = BlockLayout.Marker(optionId);
        var summaries = await SummariesAsync(db.SurveyResponseBlocks.Where(b => b.OptionIds.Contains(marker)));
        return rows + summaries.Sum(s => s.Questions.Values.Sum(q => q.Options.GetValueOrDefault(optionId)));
    }

    private static async Task<List<BlockSummary>> SummariesAsync(IQueryable<SurveyResponseBlock> blocks) =>
        [.. (await blocks.Select(b => b.Summary).ToListAsync()).Select(BlockSummary.FromJson)];
}
