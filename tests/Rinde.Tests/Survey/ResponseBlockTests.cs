using Rinde.Features.Survey.Responses.Blocks;

namespace Rinde.Tests.Survey;

/// <summary>Imported responses packed into a block come back as they went in, with their counts made.</summary>
public sealed class ResponseBlockTests
{
    [Fact]
    public void A_block_gives_back_every_answer_and_counts_each_respondent_once()
    {
        // Slot 0: single choice (options 11, 12); slot 1: multiple choice (21, 22, 23); slot 2: open text.
        var layout = new BlockLayout([new BlockSlot(1, [11, 12]), new BlockSlot(2, [21, 22, 23]), new BlockSlot(3, [])]);
        var writer = new BlockWriter([true, true, false]);
        var first = PackedCell.Create([0], []);
        var both = PackedCell.Create([0, 2], ["Otro: un vecino"]);
        // More distinct texts than one byte can number: their places take two.
        var texts = Enumerable.Range(0, 300).Select(i => PackedCell.Create([], [$"Más alumbrado en la calle {i}"])).ToList();
        var start = new DateTime(2021, 11, 17, 14, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 300; i++)
        {
            writer.Write(start.AddSeconds(i), (UInt128)i + 1, [i % 3 == 0 ? PackedCell.Blank : first, i % 2 == 0 ? both : PackedCell.Blank, texts[i]]);
        }
        var block = writer.Complete(layout);
        block.Origin = "google-forms";

        var responses = BlockReader.Responses(block).ToList();
        Assert.Equal(300, responses.Count);
        Assert.Equal(start.AddSeconds(299), responses[299].SubmittedAt);
        Assert.Equal(((UInt128)300).ToString("x32", System.Globalization.CultureInfo.InvariantCulture), responses[299].ImportKey);
        var fourth = responses[4];
        Assert.Equal([(1, (int?)11, (string?)null), (2, 21, null), (2, 23, null), (2, null, "Otro: un vecino"), (3, null, "Más alumbrado en la calle 4")],
            fourth.Answers.Select(a => (a.SurveyQuestionId, a.SurveyOptionId, a.Text)));
        Assert.Equal([(3, (int?)null, (string?)"Más alumbrado en la calle 3")], responses[3].Answers.Select(a => (a.SurveyQuestionId, a.SurveyOptionId, a.Text)));
        Assert.Equal(Enumerable.Range(1, 300).Select(i => (UInt128)i), BlockReader.Keys(block));

        var summary = BlockSummary.FromJson(block.Summary);
        Assert.Equal(200, summary.Questions[1].Respondents);
        Assert.Equal(200, summary.Questions[1].Options[11]);
        Assert.Equal(150, summary.Questions[2].Respondents);
        Assert.Equal(150, summary.Questions[2].Options[23]);
        Assert.Equal(150, summary.Questions[2].Typed["Otro: un vecino"]);
        Assert.Equal(300, summary.Questions[3].Respondents);
        Assert.Empty(summary.Questions[3].Typed);
        Assert.Equal(",1,2,3,", block.QuestionIds);
        Assert.Equal(",11,12,21,22,23,", block.OptionIds);

        // The writer starts afresh: the next block numbers its cells from the start again.
        writer.Write(start, 7, [first, PackedCell.Blank, texts[299]]);
        var next = writer.Complete(layout);
        Assert.Equal([(1, (int?)11, (string?)null), (3, null, "Más alumbrado en la calle 299")],
            BlockReader.Responses(next).Single().Answers.Select(a => (a.SurveyQuestionId, a.SurveyOptionId, a.Text)));
    }
}
