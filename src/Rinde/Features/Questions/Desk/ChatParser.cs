namespace Rinde.Features.Questions.Desk;

/// <summary>
/// Splits a block of comments copied from a live-stream chat into one question per comment,
/// keeping the commenter's name. Accepts "Nombre: comentario" lines and blocks separated by
/// blank lines whose first line is the name.
/// </summary>
public static class ChatParser
{
    public sealed record Comment(string? Name, string Text);

    private const int MaxNameLength = 60;

    public static List<Comment> Parse(string block)
    {
        var comments = new List<Comment>();
        var lines = block.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).ToList();
        var current = new List<string>();
        foreach (var line in lines.Append(""))
        {
            if (line.Length > 0)
            {
                current.Add(line);
                continue;
            }
            comments.AddRange(FromBlock(current));
            current.Clear();
        }
        return comments;
    }

    private static IEnumerable<Comment> FromBlock(List<string> block)
    {
        if (block.Count == 0)
        {
            yield break;
        }
        // Each line "Nombre: texto" is a comment of its own.
        if (block.All(l => SplitNamed(l) is not null))
        {
            foreach (var line in block)
            {
                var (name, text) = SplitNamed(line)!.Value;
                yield return new Comment(name, text);
            }
            yield break;
        }
        var first = block[0].TrimEnd(':').Trim();
        if (block.Count > 1 && LooksLikeName(first))
        {
            yield return new Comment(first, string.Join("\n", block.Skip(1)));
            yield break;
        }
        if (SplitNamed(block[0]) is var (n, t))
        {
            yield return new Comment(n, string.Join("\n", block.Skip(1).Prepend(t)));
            yield break;
        }
        yield return new Comment(null, string.Join("\n", block));
    }

    private static (string Name, string Text)? SplitNamed(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == line.Length - 1)
        {
            return null;
        }
        var name = line[..colon].Trim();
        var text = line[(colon + 1)..].Trim();
        return LooksLikeName(name) && text.Length > 0 && !name.Contains("http", StringComparison.OrdinalIgnoreCase) ? (name, text) : null;
    }

    private static bool LooksLikeName(string text) =>
        text.Length is > 1 and <= MaxNameLength && !text.Contains('?') && !text.Contains('¿') && text.Split(' ').Length <= 6;
}
