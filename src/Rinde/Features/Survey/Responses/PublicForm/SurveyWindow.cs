using Rinde.Features.BackOffice;
using Rinde.Features.Exercises;
using Rinde.Infrastructure;

namespace Rinde.Features.Survey.Responses.PublicForm;

/// <summary>ActaApproved: the acta (with the survey's results) is approved, so the form takes no more.</summary>
public enum SurveyState { NotYetOpen, Open, Closed, ActaApproved }

/// <summary>
/// When the public form takes responses (UTC). Without dates set by staff it opens at 00:00
/// (Colombia) of the dialogue's day and closes when the 15th day after it ends. It also closes
/// once the acta is approved: the approved acta prints the results, and a response received
/// afterwards would make the results page disagree with the frozen acta.
/// </summary>
public sealed record SurveyWindow(DateTime OpensAt, DateTime ClosesAt, bool ActaApproved = false)
{
    public const int DefaultDays = 15;

    public static SurveyWindow Of(Exercise exercise) =>
        Of(exercise.Date, exercise.SurveyOpensAt, exercise.SurveyClosesAt) with
        {
            ActaApproved = exercise.Status.IsFrozen(),
        };

    public static SurveyWindow Of(DateOnly dialogue, DateTime? opensAt, DateTime? closesAt) => new(
        Utc(opensAt) ?? ColombiaTime.ToUtc(dialogue.ToDateTime(TimeOnly.MinValue)),
        Utc(closesAt) ?? ColombiaTime.ToUtc(dialogue.AddDays(DefaultDays + 1).ToDateTime(TimeOnly.MinValue)));

    /// <summary>Until when it is open, as people say it: "16/dic/2026 23:59" rather than "17/dic/2026 00:00".</summary>
    public string LastMinute => ColombiaTime.Show(ColombiaTime.FromUtc(ClosesAt).TimeOfDay == TimeSpan.Zero ? ClosesAt.AddMinutes(-1) : ClosesAt);

    public SurveyState StateAt(DateTime nowUtc) =>
        ActaApproved ? SurveyState.ActaApproved : nowUtc < OpensAt ? SurveyState.NotYetOpen : nowUtc < ClosesAt ? SurveyState.Open : SurveyState.Closed;

    // Providers hand back Unspecified or Utc kinds; the value is UTC either way.
    private static DateTime? Utc(DateTime? value) => value is DateTime v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;
}
