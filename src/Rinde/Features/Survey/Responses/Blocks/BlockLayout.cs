using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rinde.Features.Survey.Responses.Blocks;

/// <summary>One slot of a block: the question its answers go to and its options, by position.</summary>
public sealed record BlockSlot([property: JsonPropertyName("q")] int QuestionId, [property: JsonPropertyName("o")] int[] OptionIds);

/// <summary>
/// What the slots of a block stand for. Packed answers name a slot and an option by position,
/// so they take a byte or two; the layout turns positions back into ids.
/// </summary>
public sealed record BlockLayout(IReadOnlyList<BlockSlot> Slots)
{
    public string ToJson() => JsonSerializer.Serialize(Slots);

    public static BlockLayout FromJson(string json) => new(JsonSerializer.Deserialize<BlockSlot[]>(json) ?? []);

    /// <summary>",12,15,": the ids as the block's searchable columns hold them.</summary>
    public string QuestionIds() => Joined(Slots.Select(s => s.QuestionId));

    public string OptionIds() => Joined(Slots.SelectMany(s => s.OptionIds));

    /// <summary>",12,": what to look for in those columns to find the blocks that use an id.</summary>
    public static string Marker(int id) => "," + id.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",";

    private static string Joined(IEnumerable<int> ids) => "," + string.Concat(ids.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture) + ","));
}
