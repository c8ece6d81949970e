using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Survey.Responses;

namespace Rinde.Features.Exercises;

public static class ExerciseQueries
{
    /// <summary>
    /// The exercise with every part the acta and the JSON document are made from. Split
    /// queries keep the survey's responses from multiplying the other collections' rows.
    /// Collections come back in their stored order (Order, Number or Id).
    /// </summary>
    /// <param name="imports">
    /// Whether to read the imported blocks too (untracked, into <see cref="Exercise.ImportedBlocks"/>):
    /// the acta and the document need them; replacing the exercise does not.
    /// </param>
    public static async Task<Exercise?> LoadCompleteAsync(this RindeDbContext db, int id, bool imports = true, CancellationToken ct = default)
    {
        var exercise = await db.Exercises
            .Include(e => e.Dependency).ThenInclude(d => d.Children)
            .Include(e => e.ActaFormat)
            .Include(e => e.Participants.OrderBy(p => p.Order))
            .Include(e => e.Topics.OrderBy(t => t.Order)).ThenInclude(t => t.Dependency)
            .Include(e => e.Schedule.OrderBy(s => s.Order))
            .Include(e => e.ReportSections.OrderBy(s => s.Order)).ThenInclude(s => s.Figures.OrderBy(f => f.Order))
            .Include(e => e.ReportSections).ThenInclude(s => s.Images.OrderBy(i => i.Order)).ThenInclude(i => i.File)
            .Include(e => e.ConvocationActions.OrderBy(c => c.Order)).ThenInclude(c => c.Evidence.OrderBy(v => v.Order)).ThenInclude(v => v.File)
            .Include(e => e.AudienceFigures.OrderBy(a => a.Id))
            .Include(e => e.Themes.OrderBy(t => t.Order))
            .Include(e => e.Questions.OrderBy(q => q.Number)).ThenInclude(q => q.Theme)
            .Include(e => e.SurveyQuestions.OrderBy(q => q.Order)).ThenInclude(q => q.Options.OrderBy(o => o.Order))
            .Include(e => e.SurveyResponses.OrderBy(r => r.Id)).ThenInclude(r => r.Answers.OrderBy(a => a.Id))
            .Include(e => e.DofaItems.OrderBy(d => d.Order))
            .Include(e => e.DofaStrategies.OrderBy(d => d.Order))
            .Include(e => e.Commitments.OrderBy(c => c.Order))
            .Include(e => e.Signatories.OrderBy(s => s.Order))
            .Include(e => e.Annexes.OrderBy(a => a.Order)).ThenInclude(a => a.File)
            .AsSplitQuery()
            .FirstOrDefaultAsync(e => e.Id == id, ct);
        if (exercise is not null && imports)
        {
            exercise.ImportedBlocks = await db.SurveyResponseBlocks.Where(b => b.ExerciseId == id).OrderBy(b => b.Id).AsNoTracking().ToListAsync(ct);
        }
        return exercise;
    }
}
