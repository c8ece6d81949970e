using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rinde.Features.Survey.Responses.Blocks;

/// <summary>The counts of one question within a block.</summary>
public sealed class BlockQuestionSummary
{
    [JsonPropertyName("r")] public int Respondents { get; set; }

    /// <summary>Respondents per option id.</summary>
    [JsonPropertyName("o")] public Dictionary<int, int> Options { get; set; } = [];

    /// <summary>Respondents per typed value of a closed question ("Otro: ...", a comuna the list lacks).</summary>
    [JsonPropertyName("t")] public Dictionary<string, int> Typed { get; set; } = [];
}

/// <summary>
/// A block's counts, made while it was imported: the results of a million imported rows add
/// a few hundred of these instead of counting twenty million answers again.
/// </summary>
public sealed class BlockSummary
{
    /// <summary>Per question id.</summary>
    [JsonPropertyName("q")] public Dictionary<int, BlockQuestionSummary> Questions { get; set; } = [];

    public string ToJson() => JsonSerializer.Serialize(this);

    public static BlockSummary FromJson(string json) => JsonSerializer.Deserialize<BlockSummary>(json) ?? new BlockSummary();
}
