using Rinde.Features.Dependencies;
using Rinde.Features.Exercises;
using Rinde.Features.Survey;
using Rinde.Features.Survey.Questionnaire;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Acta;

public static partial class TestExercise
{
    public static readonly (string Theme, int Count)[] LargeThemes = [("Vacunación", 20), ("Hospitales", 12), ("Salud mental", 8)];
    public const string LargeOffice = "Oficina de Vigilancia en Salud";

    /// <summary>
    /// A different exercise: other offices and themes, 40 questions (30 live, 6 in writing,
    /// 4 pending), a survey question with seven options, no DOFA and no number yet.
    /// </summary>
    public static Task<int> LargeAsync(RindeFactory factory) => SaveAsync(factory, image =>
    {
        var salud = new Dependency { Code = NewCode(), Name = "Secretaría de Salud Pública" };
        var vigilancia = Office(salud, LargeOffice);
        var e = new Exercise
        {
            AnnouncedAt = new DateTime(2022, 2, 15, 15, 0, 0, DateTimeKind.Utc),
            Title = "Audiencia pública de salud 2022", Dependency = salud, ActaFormat = Format(), Vigencia = 2022,
            Objective = "Rendir cuentas sobre la gestión en salud.", Date = new DateOnly(2022, 3, 2),
            ScheduledStart = new TimeOnly(14, 0), ScheduledEnd = new TimeOnly(16, 30), Place = "Auditorio principal",
            Modality = Modality.Presencial, SignLanguageInterpreter = true,
        };
        e.Topics.AddRange([
            new Topic { Dependency = vigilancia, Title = "Vigilancia epidemiológica", Order = 0 },
            new Topic { Dependency = salud, Title = "Red hospitalaria", Order = 1 },
        ]);
        AddQuestions(e, LargeThemes);
        for (var i = 30; i < 36; i++) e.Questions[i].AnsweredLive = false;
        for (var i = 36; i < 40; i++)
        {
            e.Questions[i].Answer = null;
            e.Questions[i].AnsweredLive = false;
            e.Questions[i].Deadline = new DateOnly(2022, 3, 23);
        }
        var plan = new SurveyPlan(e).Responses(10);
        var interest = plan.Question("¿Qué tema le interesa más?", SurveyQuestionType.SeleccionUnica,
            "Vacunas", "Urgencias", "Citas", "Medicamentos", "Salud mental", "Nutrición", "Otro");
        plan.Answer(interest, 0, ("Vacunas", 3), ("Urgencias", 2), ("Citas", 2), ("Medicamentos", 1), ("Salud mental", 1), ("Nutrición", 1));
        return (e, plan);
    });
}
