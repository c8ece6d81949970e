using Rinde.Features.Dependencies;
using Rinde.Features.Exercises;
using Rinde.Features.Questions;

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
            Themes = themes.Select((t, i) => new QuestionTheme { Name = t, Order = i }).ToList(),
        };
        db.Exercises.Add(exercise);
        db.SaveChanges();
        return exercise.Id;
    }

    public static DateOnly Tomorrow => DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1));
}
