using Rinde.Features.Questions.Intake;

namespace Rinde.Features.Questions.Desk;

/// <summary>A comment of the pasted chat, as the preview shows it: ticked unless it looks like nothing to answer.</summary>
public sealed record ChatCandidate(string? Name, string Text, bool Selected, string? Reason);

/// <summary>
/// Decides which pasted comments start ticked: greetings and thanks, the page's own comments
/// (its name, or Facebook's «Autor» badge), repeats and too-short texts start unticked with the
/// reason shown; staff decide in the end.
/// </summary>
public static class ChatPreview
{
    /// <summary>More comments than this in one paste are refused: paste the chat in parts.</summary>
    public const int MaxComments = 500;

    public static List<ChatCandidate> Of(IEnumerable<ChatParser.Comment> comments, IEnumerable<string?> pageNames)
    {
        var pages = pageNames.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => ChatLines.Fold(n!)).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var candidates = new List<ChatCandidate>();
        foreach (var comment in comments)
        {
            var text = comment.Text.Length > QuestionSubmission.MaxLength ? comment.Text[..QuestionSubmission.MaxLength] : comment.Text;
            var reason = comment.ByPage || (comment.Name is { } name && pages.Contains(ChatLines.Fold(name))) ? "Comentario de la página"
                : text.Trim().Length < QuestionSubmission.MinLength ? "Muy corto"
                : !seen.Add(ChatLines.Fold(text)) ? "Repetido"
                : ChatLines.IsGreeting(text) ? "Saludo o agradecimiento"
                : null;
            candidates.Add(new ChatCandidate(comment.Name, text, reason is null, reason));
        }
        return candidates;
    }
}
