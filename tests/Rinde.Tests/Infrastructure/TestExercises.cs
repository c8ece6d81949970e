using Microsoft.Extensions.DependencyInjection;
using Rinde.Features.Dependencies;
using Rinde.Features.Exercises;
using Rinde.Features.Questions;
using Rinde.Infrastructure;

namespace Rinde.Tests.Infrastructure;

public static class TestExercises
{
    /// <summary>Stores a minimal exercise with the given themes, straight through the DbContext.</summary>
    public static int Create(RindeFactory factory, DateOnly date, params string[] themes) =>
        factory.WithDb(db => Create(db, date, themes));

    public static int Create(Rinde.Data.RindeDbContext db, DateOnly date, params string[] themes)
    {
        var code = "T" + Guid.NewGuid().ToString("N")[..8];
        var dependency = new Dependency { Code = code, Name = "Dependencia de prueba " + code };
        var exercise = new Exercise
        {
            Title = "Diálogo de prueba", Dependency = dependency, Vigencia = date.Year, Date = date,
            // Announced: most tests meet it as citizens do (PublicExercises); drafts are created on purpose.
            AnnouncedAt = DateTime.UtcNow,
            Themes = themes.Select((t, i) => new QuestionTheme { Name = t, Order = i }).ToList(),
        };
        db.Exercises.Add(exercise);
        db.SaveChanges();
        return exercise.Id;
    }

    public static DateOnly Tomorrow => DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1));

    /// <summary>Today in Colombia by the application's own clock (the TimeProvider it was given).</summary>
    public static DateOnly Today(RindeFactory factory) =>
        Rinde.Infrastructure.ColombiaTime.Today(factory.Services.GetRequiredService<TimeProvider>());

    /// <summary>
    /// Gives an exercise what approving its acta requires (ActaReadiness): a dialogue already
    /// held, its real times, a self-assessment and a signatory.
    /// </summary>
    public static void MakeReady(RindeFactory factory, int exerciseId)
    {
        var held = Today(factory).AddDays(-1);
        factory.WithDb(db =>
        {
            var e = db.Exercises.Single(x => x.Id == exerciseId);
            (e.Date, e.Vigencia, e.ActualStart, e.ActualEnd) = (held, held.Year, new TimeOnly(9, 0), new TimeOnly(11, 0));
            db.Add(new Rinde.Features.SelfAssessment.DofaItem { ExerciseId = exerciseId, Kind = Rinde.Features.SelfAssessment.DofaKind.Fortaleza, Text = "Buena convocatoria" });
            db.Add(new Rinde.Features.Acta.Signatory { ExerciseId = exerciseId, Name = "Ana Pérez", Position = "Secretaria" });
            return db.SaveChanges();
        });
    }
}
