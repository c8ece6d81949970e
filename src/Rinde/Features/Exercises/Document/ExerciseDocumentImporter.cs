using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Acta;
using Rinde.Features.Dependencies;
using Rinde.Features.Questions.Desk;
using Rinde.Features.Survey.Responses;

namespace Rinde.Features.Exercises.Document;

/// <summary>
/// Writes a validated document into an exercise, replacing every part. Survey answers and
/// commitments refer to rows by id, so the parts they point to are saved first; the caller's
/// transaction makes it all or nothing.
/// </summary>
public static class ExerciseDocumentImporter
{
    /// <param name="user">Who replaces the exercise, for the audit entries of the imports it removes.</param>
    public static async Task ApplyAsync(ExerciseDocument d, Exercise e, RindeDbContext db, DateTime now, string user, CancellationToken ct)
    {
        // The document's responses replace every response, imported ones included: left in their
        // blocks, they would be counted twice once the document (which lists them) comes back.
        if (e.Id != 0)
        {
            await ImportedResponses.RemoveAllAsync(db, e.Id, user, now, ct);
        }
        var dependency = await db.Dependencies.FirstOrDefaultAsync(x => x.Code == d.Dependency.Code, ct)
            ?? db.Dependencies.Add(new Dependency { Code = d.Dependency.Code.Trim(), Name = d.Dependency.Name.Trim() }).Entity;
        var offices = new Dictionary<string, Dependency>(StringComparer.Ordinal) { [dependency.Code] = dependency };
        foreach (var office in d.Offices)
        {
            offices[office.Code] = await db.Dependencies.FirstOrDefaultAsync(x => x.Code == office.Code, ct)
                ?? db.Dependencies.Add(new Dependency { Code = office.Code.Trim(), Name = office.Name.Trim(), Parent = dependency }).Entity;
        }

        ExerciseFields.Apply(d, e, dependency, await FormatAsync(d.Format, db, ct), now);
        var moderation = QuestionModerationCarry.Capture(e);
        ExerciseParts.Replace(d, e, offices, db, moderation);
        await db.SaveChangesAsync(ct);

        // Second pass: what points to the rows saved above.
        ExerciseParts.SetSectionOffices(d, e, offices);
        moderation.LinkMerges(e);
        var numbers = e.Questions.ToDictionary(q => q.Number, q => q.Id);
        foreach (var (commitment, doc) in e.Commitments.Zip(d.Commitments))
        {
            commitment.QuestionId = doc.QuestionNumber is int n ? numbers[n] : null;
        }
        ExerciseParts.AddSurveyResponses(d.Survey, e);
        await db.SaveChangesAsync(ct);
        await KeepCountersAheadAsync(db, e, ct);
    }

    private static async Task<ActaFormat?> FormatAsync(FormatDocument? f, RindeDbContext db, CancellationToken ct)
    {
        if (f is null || string.IsNullOrWhiteSpace(f.Code))
        {
            return null;
        }
        return await db.ActaFormats.FirstOrDefaultAsync(x => x.Code == f.Code && x.Version == f.Version, ct)
            ?? db.ActaFormats.Add(new ActaFormat
            {
                EntityName = f.EntityName, ProcessLines = string.Join('\n', f.ProcessLines), SystemLines = string.Join('\n', f.SystemLines),
                FormName = f.FormName, Code = f.Code, Version = f.Version, EffectiveDate = f.EffectiveDate,
                Series = f.Series, Subseries = f.Subseries, NumberPattern = f.NumberPattern,
            }).Entity;
    }

    /// <summary>The desk numbers new questions after the highest one stored.</summary>
    private static async Task KeepCountersAheadAsync(RindeDbContext db, Exercise e, CancellationToken ct)
    {
        var highest = e.Questions.Count == 0 ? 0 : e.Questions.Max(q => q.Number);
        await db.ExerciseCounters.Where(c => c.ExerciseId == e.Id && c.LastQuestionNumber < highest)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastQuestionNumber, highest), ct);
    }
}
