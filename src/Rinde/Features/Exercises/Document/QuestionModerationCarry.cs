using Rinde.Features.Questions;

namespace Rinde.Features.Exercises.Document;

/// <summary>
/// The document does not carry moderation, so a PUT that replaces the questions keeps, by number,
/// what the desk decided: hidden stays hidden, a duplicate stays merged, the asker's follow code
/// keeps working. Without this a GET-edit-PUT round trip would publish a hidden insult.
/// </summary>
internal sealed class QuestionModerationCarry
{
    private sealed record Kept(string FollowCode, bool Hidden, string? HiddenReason, string? HiddenBy, int? MergedIntoNumber);

    private readonly Dictionary<int, Kept> _byNumber;

    private QuestionModerationCarry(Dictionary<int, Kept> byNumber) => _byNumber = byNumber;

    public static QuestionModerationCarry Capture(Exercise e)
    {
        var numbers = e.Questions.ToDictionary(q => q.Id, q => q.Number);
        return new(e.Questions.ToDictionary(q => q.Number, q => new Kept(q.FollowCode, q.Hidden, q.HiddenReason, q.HiddenBy,
            q.MergedIntoId is int into && numbers.TryGetValue(into, out var n) ? n : null)));
    }

    /// <summary>Before saving: what needs no id.</summary>
    public void Apply(CitizenQuestion q)
    {
        if (_byNumber.TryGetValue(q.Number, out var kept))
        {
            (q.FollowCode, q.Hidden, q.HiddenReason, q.HiddenBy) = (kept.FollowCode, kept.Hidden, kept.HiddenReason, kept.HiddenBy);
        }
    }

    /// <summary>After saving: merges point to the new rows.</summary>
    public void LinkMerges(Exercise e)
    {
        var ids = e.Questions.ToDictionary(q => q.Number, q => q.Id);
        foreach (var q in e.Questions)
        {
            if (_byNumber.TryGetValue(q.Number, out var kept) && kept.MergedIntoNumber is int n && n != q.Number && ids.TryGetValue(n, out var id))
            {
                q.MergedIntoId = id;
            }
        }
    }
}
