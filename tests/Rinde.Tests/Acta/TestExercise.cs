using Microsoft.Extensions.DependencyInjection;
using Rinde.Data;
using Rinde.Features.Acta;
using Rinde.Features.Commitments;
using Rinde.Features.Convocation;
using Rinde.Features.Dependencies;
using Rinde.Features.Exercises;
using Rinde.Features.Files;
using Rinde.Features.Questions;
using Rinde.Features.Reporting;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Acta;

/// <summary>
/// Builds exercises straight into the database for the acta's tests. Codes are unique per
/// call so many exercises share one test database.
/// </summary>
public static partial class TestExercise
{
    // A 1×1 PNG: evidence images only need to be real images.
    internal static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    public const string ScriptQuestion = "¿Es seguro? <script>alert('x')</script>";
    public const string HiddenCitizen = "Sandra Paola Lozano";
    public const string ActivityQuestion = "¿Cómo califica la actividad de Rendición de Cuentas de éste organismo?";

    public static async Task<int> SaveAsync(RindeFactory factory, Func<StoredFile, (Exercise, SurveyPlan?)> build)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RindeDbContext>();
        var files = scope.ServiceProvider.GetRequiredService<FileStore>();
        var (image, error) = await files.SaveAsync(new MemoryStream(Png), "evidencia.png", FileStore.ImageTypes);
        Assert.Null(error);
        var (exercise, survey) = build(image!);
        db.Exercises.Add(exercise);
        await db.SaveChangesAsync();
        if (survey is not null)
        {
            survey.Apply();
            await db.SaveChangesAsync();
        }
        return exercise.Id;
    }

    public static string NewCode() => "T" + Guid.NewGuid().ToString("N")[..7];

    public static Dependency Office(Dependency parent, string name) =>
        new() { Code = NewCode(), Name = name, Parent = parent };

    public static ActaFormat Format() => new()
    {
        EntityName = "Alcaldía de Santiago de Cali",
        ProcessLines = "GESTIÓN TECNOLÓGICA Y DE LA INFORMACIÓN\nGESTIÓN DOCUMENTAL",
        SystemLines = "SISTEMAS DE GESTIÓN Y CONTROL INTEGRADOS\n(SISTEDA, SGC y MECI)",
        FormName = "ACTA DE REUNIÓN",
        Code = "MAGT04.03.14.12.P03.F06",
        Version = "1",
        EffectiveDate = new DateOnly(2020, 9, 29),
        Series = "020",
        Subseries = "14.12",
    };

    /// <summary>Adds questions to themes by count, answered live unless told otherwise.</summary>
    public static void AddQuestions(Exercise e, IReadOnlyList<(string Theme, int Count)> themes, Func<int, CitizenQuestion>? make = null)
    {
        var number = e.Questions.Count;
        foreach (var (name, count) in themes)
        {
            var theme = new QuestionTheme { Name = name, Order = e.Themes.Count };
            e.Themes.Add(theme);
            for (var i = 0; i < count; i++)
            {
                number++;
                var q = make?.Invoke(number) ?? new CitizenQuestion
                {
                    Text = $"Pregunta {number} sobre {name}",
                    CitizenName = $"Ciudadano Número {number}",
                    PublishName = true,
                    Consent = true,
                    Answer = $"Respuesta a la pregunta {number}.",
                    AnsweredLive = true,
                };
                q.Number = number;
                q.Theme = theme;
                q.ReceivedAt = new DateTime(2021, 11, 17, 14, 0, 0, DateTimeKind.Utc);
                e.Questions.Add(q);
            }
        }
    }

    public static ConvocationAction Convocation(StoredFile image, string channel, string source, string link) => new()
    {
        Channel = channel,
        Date = new DateOnly(2021, 11, 2),
        Audience = "Grupos de valor",
        Description = "Invitación a la segunda rendición de cuentas.",
        Links = link,
        Source = source,
        Evidence = [new ConvocationEvidence { File = image, FileId = image.Id, Caption = "Tarjeta de invitación" }],
    };

    public static ReportSection Section(int order, string title, string narrative, params ReportFigure[] figures) =>
        new() { Order = order, Title = title, Narrative = narrative, Figures = [.. figures] };

    public static ReportFigure Figure(string label, decimal value, FigureUnit unit, string source = "Presentación rendición de cuentas") =>
        new() { Label = label, Value = value, Unit = unit, Source = source };

    public static Commitment Commitment(int order, string what, string owner, DateOnly due) =>
        new() { Order = order, Description = what, Owner = owner, DueDate = due };
}
