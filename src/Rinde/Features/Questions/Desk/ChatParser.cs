namespace Rinde.Features.Questions.Desk;

/// <summary>
/// Splits a block of comments copied from a live-stream chat into one question per comment,
/// keeping the commenter's name. Reads «Nombre: comentario» lines, blocks separated by blank
/// lines whose first line is the name, and the layouts Facebook Live and YouTube Live chat have
/// when copied from the browser: the platform's words and timestamps (<see cref="ChatLines"/>)
/// separate comments and are dropped; a badge «Autor» marks the page's own comment.
/// </summary>
public static class ChatParser
{
    public sealed record Comment(string? Name, string Text, bool ByPage = false);

    private const int MaxNameLength = 60;

    public static List<Comment> Parse(string block)
    {
        var comments = new List<Comment>();
        var current = new List<string>();
        var byPage = false;
        void Flush()
        {
            comments.AddRange(FromBlock(current).Select(c => byPage ? c with { ByPage = true } : c));
            current.Clear();
            byPage = false;
        }
        foreach (var raw in block.Replace("\r\n", "\n").Split('\n').Append(""))
        {
            var trimmed = raw.Trim().Trim('\u200B', '\uFEFF');
            var line = ChatLines.WithoutLeadingTime(trimmed);
            if (line.Length != trimmed.Length)
            {
                // YouTube's timestamp before the author: a new comment starts here.
                Flush();
            }
            switch (ChatLines.Classify(line))
            {
                case ChatLines.Kind.Separator:
                    Flush();
                    break;
                case ChatLines.Kind.PageBadge:
                    byPage = true;
                    break;
                case ChatLines.Kind.Content:
                    current.Add(line);
                    break;
            }
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
        text.Length is > 1 and <= MaxNameLength && !text.Contains('?') && !text.Contains('¿') && text.Split(' ').Length <= 6
        && !text.EndsWith('.') && !text.EndsWith('!');
}
