using System.Buffers.Binary;
using System.Text;

namespace Rinde.Features.Survey.Responses.Blocks;

/// <summary>Unpacks a block into responses like those typed in (not tracked, Id 0), for the paths that read every answer.</summary>
public static class BlockReader
{
    public static IEnumerable<SurveyResponse> Responses(SurveyResponseBlock block)
    {
        var layout = BlockLayout.FromJson(block.Layout);
        var tables = Tables(block, layout);
        var offset = 0;
        for (var i = 0; i < block.Count; i++)
        {
            var response = new SurveyResponse
            {
                ExerciseId = block.ExerciseId, Origin = block.Origin,
                SubmittedAt = new DateTime(BinaryPrimitives.ReadInt64LittleEndian(block.Data.AsSpan(offset, 8)), DateTimeKind.Utc),
                ImportKey = KeyText(block.Keys.AsSpan(i * 16, 16)),
            };
            offset += 8;
            foreach (var table in tables)
            {
                foreach (var (question, option, text) in table[Varint.Read(block.Data, ref offset)])
                {
                    response.Answers.Add(new SurveyAnswer { SurveyQuestionId = question, SurveyOptionId = option, Text = text });
                }
            }
            yield return response;
        }
    }

    /// <summary>Per slot, its distinct cells as answers (question id, option id or text).</summary>
    private static List<List<(int, int?, string?)>>[] Tables(SurveyResponseBlock block, BlockLayout layout)
    {
        var tables = new List<List<(int, int?, string?)>>[layout.Slots.Count];
        var offset = 0;
        for (var s = 0; s < tables.Length; s++)
        {
            var slot = layout.Slots[s];
            var count = Varint.Read(block.Cells, ref offset);
            tables[s] = new List<List<(int, int?, string?)>>(count);
            for (var c = 0; c < count; c++)
            {
                var answers = new List<(int, int?, string?)>();
                var n = Varint.Read(block.Cells, ref offset);
                for (var j = 0; j < n; j++)
                {
                    var code = Varint.Read(block.Cells, ref offset);
                    if (code > 0)
                    {
                        answers.Add((slot.QuestionId, slot.OptionIds[code - 1], null));
                        continue;
                    }
                    var length = Varint.Read(block.Cells, ref offset);
                    answers.Add((slot.QuestionId, null, Encoding.UTF8.GetString(block.Cells, offset, length)));
                    offset += length;
                }
                tables[s].Add(answers);
            }
        }
        return tables;
    }

    /// <summary>The import keys of the block, as numbers (for the duplicate check).</summary>
    public static IEnumerable<UInt128> Keys(SurveyResponseBlock block)
    {
        for (var i = 0; i < block.Count; i++) yield return BinaryPrimitives.ReadUInt128BigEndian(block.Keys.AsSpan(i * 16, 16));
    }

    public static string KeyText(ReadOnlySpan<byte> key) => Convert.ToHexStringLower(key);
}
