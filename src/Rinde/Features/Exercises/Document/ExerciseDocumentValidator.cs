using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Survey;
using Rinde.Features.Survey.Questionnaire;

namespace Rinde.Features.Exercises.Document;

/// <summary>
/// Every invalid field of a posted document, keyed by its JSON path, with a Spanish message.
/// Rules the back-office pages share live with their entity (IntakeWindow.CloseProblem,
/// ScheduleActivity.DoneDateProblem, ThemeNames.Key) and are only asked here.
/// </summary>
public static class ExerciseDocumentValidator
{
    /// <param name="createdAt">When the exercise was created (now, for a new one).</param>
    /// <param name="today">Today in Colombia.</param>
    public static async Task<Dictionary<string, string[]>> ValidateAsync(ExerciseDocument d, RindeDbContext db, DateTime createdAt, DateOnly today, CancellationToken ct)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string path, string message)
        {
            if (!errors.TryGetValue(path, out var list))
            {
                errors[path] = list = [];
            }
            list.Add(message);
        }
        static bool Blank(string? s) => string.IsNullOrWhiteSpace(s);

        if (Blank(d.Title)) Add("title", "Escriba el título del ejercicio.");
        if (d.Dependency is null || Blank(d.Dependency.Code)) Add("dependency.code", "Indique el código de la dependencia.");
        if (d.Dependency is null || Blank(d.Dependency.Name)) Add("dependency.name", "Indique el nombre de la dependencia.");
        if (d.Vigencia is < 2000 or > 2100) Add("vigencia", "La vigencia debe ser un año entre 2000 y 2100.");
        if (d.Date == default) Add("date", "Indique la fecha del diálogo (AAAA-MM-DD).");
        else if (d.Date.Year is < 2000 or > 2100) Add("date", "La fecha del diálogo debe estar entre los años 2000 y 2100.");
        if (d.ScheduledStart is { } s1 && d.ScheduledEnd is { } e1 && e1 <= s1) Add("scheduledEnd", "La hora final debe ser posterior a la inicial.");
        if (!Infrastructure.SafeLinks.IsBlankOrSafe(d.StreamLink)) Add("streamLink", Infrastructure.SafeLinks.Message);
        for (var i = 0; i < d.Convocation.Count; i++)
            for (var j = 0; j < d.Convocation[i].Links.Count; j++)
                if (!Infrastructure.SafeLinks.IsSafe(d.Convocation[i].Links[j])) Add($"convocation[{i}].links[{j}]", Infrastructure.SafeLinks.Message);
        if (d.Date.Year is >= 2000 and <= 2100 && Questions.Intake.IntakeWindow.CloseProblem(d.QuestionsCloseAt, createdAt, d.Date) is { } close) Add("questionsCloseAt", close);
        for (var i = 0; i < d.Schedule.Count; i++)
            if (ScheduleActivity.DoneDateProblem(d.Schedule[i].DoneDate, today) is { } done) Add($"schedule[{i}].doneDate", done);
        if (d.ActualStart is { } s2 && d.ActualEnd is { } e2 && e2 <= s2) Add("actualEnd", "La hora final real debe ser posterior a la inicial.");

        var offices = new HashSet<string>(StringComparer.Ordinal) { d.Dependency?.Code ?? "" };
        for (var i = 0; i < d.Offices.Count; i++)
        {
            if (Blank(d.Offices[i].Code) || Blank(d.Offices[i].Name)) Add($"offices[{i}]", "Cada oficina necesita código y nombre.");
            else if (!offices.Add(d.Offices[i].Code)) Add($"offices[{i}].code", $"El código {d.Offices[i].Code} está repetido.");
        }
        for (var i = 0; i < d.Topics.Count; i++)
        {
            if (Blank(d.Topics[i].Title)) Add($"topics[{i}].title", "Escriba el tema.");
            if (!offices.Contains(d.Topics[i].Office)) Add($"topics[{i}].office", $"«{d.Topics[i].Office}» no es la dependencia ni una de sus oficinas.");
        }
        for (var i = 0; i < d.ReportSections.Count; i++)
        {
            if (Blank(d.ReportSections[i].Title)) Add($"reportSections[{i}].title", "Escriba el título de la sección.");
            if (d.ReportSections[i].Office is { } o && !offices.Contains(o)) Add($"reportSections[{i}].office", $"«{o}» no es la dependencia ni una de sus oficinas.");
        }
        Named(d.Attendees, "attendees", Add);
        Named(d.Absent, "absent", Add);
        Named(d.Invited, "invited", Add);
        for (var i = 0; i < d.Signatories.Count; i++)
        {
            if (Blank(d.Signatories[i].Name)) Add($"signatories[{i}].name", "Escriba el nombre de quien firma.");
        }

        var themes = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < d.Themes.Count; i++)
        {
            if (Blank(d.Themes[i].Name)) Add($"themes[{i}].name", "Escriba el nombre del tema.");
            else if (d.Themes[i].Name.Length > 200) Add($"themes[{i}].name", "El nombre del tema admite hasta 200 caracteres.");
            else if (!themes.TryAdd(Questions.ThemeNames.Key(d.Themes[i].Name), Questions.ThemeNames.Tidy(d.Themes[i].Name)))
                Add($"themes[{i}].name", $"Ya existe el tema «{themes[Questions.ThemeNames.Key(d.Themes[i].Name)]}».");
        }
        var numbers = new HashSet<int>();
        for (var i = 0; i < d.Questions.Count; i++)
        {
            var q = d.Questions[i];
            if (Blank(q.Text)) Add($"questions[{i}].text", "Escriba el texto de la pregunta.");
            if (q.Theme is { } t && !themes.ContainsKey(Questions.ThemeNames.Key(t))) Add($"questions[{i}].theme", $"«{t}» no está entre los temas del ejercicio.");
            if (q.Number < 0 || (q.Number > 0 && !numbers.Add(q.Number))) Add($"questions[{i}].number", $"El número {q.Number} está repetido o no es válido.");
        }
        for (var i = 0; i < d.Commitments.Count; i++)
        {
            var c = d.Commitments[i];
            if (Blank(c.Description)) Add($"commitments[{i}].description", "Escriba en qué consiste el compromiso.");
            if (c.QuestionNumber is int n && !QuestionNumbers(d).Contains(n)) Add($"commitments[{i}].questionNumber", $"No hay una pregunta número {n}.");
        }
        ValidateSurvey(d.Survey, Add);
        await ValidateFilesAsync(d, db, Add, ct);
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    private static void Named(List<PersonDocument> people, string path, Action<string, string> add)
    {
        for (var i = 0; i < people.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(people[i].Name)) add($"{path}[{i}].name", "Escriba el nombre.");
        }
    }

    /// <summary>The numbers the questions will have: their own, or their position.</summary>
    public static List<int> QuestionNumbers(ExerciseDocument d) =>
        [.. d.Questions.Select((q, i) => q.Number > 0 ? q.Number : i + 1)];

    private static void ValidateSurvey(SurveyDocument survey, Action<string, string> add)
    {
        if (survey.OpensAt is { } opens && survey.ClosesAt is { } closes && closes <= opens)
        {
            add("survey.closesAt", "El cierre de la encuesta debe ser posterior a su apertura.");
        }
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < survey.Responses.Count; r++)
        {
            if (survey.Responses[r].ImportKey is { } key && !keys.Add(key)) add($"survey.responses[{r}].importKey", "Esta clave de importación está repetida.");
        }
        var byNumber = new Dictionary<int, SurveyQuestionDocument>();
        for (var i = 0; i < survey.Questions.Count; i++)
        {
            var q = survey.Questions[i];
            var number = q.Number > 0 ? q.Number : i + 1;
            if (string.IsNullOrWhiteSpace(q.Text)) add($"survey.questions[{i}].text", "Escriba el texto de la pregunta de la encuesta.");
            if (!byNumber.TryAdd(number, q)) add($"survey.questions[{i}].number", $"El número {number} está repetido.");
            if (q.Options.Count != q.Options.Distinct().Count()) add($"survey.questions[{i}].options", "Hay opciones repetidas.");
        }
        for (var r = 0; r < survey.Responses.Count; r++)
        {
            for (var a = 0; a < survey.Responses[r].Answers.Count; a++)
            {
                var answer = survey.Responses[r].Answers[a];
                var path = $"survey.responses[{r}].answers[{a}]";
                if (!byNumber.TryGetValue(answer.Question, out var question))
                {
                    add($"{path}.question", $"No hay una pregunta de la encuesta número {answer.Question}.");
                    continue;
                }
                for (var c = 0; c < answer.Choices.Count; c++)
                {
                    if (!question.Options.Contains(answer.Choices[c])) add($"{path}.choices[{c}]", $"«{answer.Choices[c]}» no es una opción de la pregunta {answer.Question}.");
                }
                if (answer.Choices.Count > 1 && question.Type != SurveyQuestionType.SeleccionMultiple)
                {
                    add($"{path}.choices", "Solo las preguntas de selección múltiple admiten varias opciones.");
                }
            }
        }
    }

    private static async Task ValidateFilesAsync(ExerciseDocument d, RindeDbContext db, Action<string, string> add, CancellationToken ct)
    {
        var references = new List<(string Path, Guid Id)>();
        for (var i = 0; i < d.Convocation.Count; i++)
            for (var j = 0; j < d.Convocation[i].Evidence.Count; j++)
                references.Add(($"convocation[{i}].evidence[{j}].fileId", d.Convocation[i].Evidence[j].FileId));
        for (var i = 0; i < d.ReportSections.Count; i++)
            for (var j = 0; j < d.ReportSections[i].Images.Count; j++)
                references.Add(($"reportSections[{i}].images[{j}].fileId", d.ReportSections[i].Images[j].FileId));
        for (var i = 0; i < d.Annexes.Count; i++)
            if (d.Annexes[i].FileId is Guid annex) references.Add(($"annexes[{i}].fileId", annex));
        if (references.Count == 0)
        {
            return;
        }
        var ids = references.Select(r => r.Id).Distinct().ToList();
        var known = (await db.Files.Where(f => ids.Contains(f.Id)).Select(f => f.Id).ToListAsync(ct)).ToHashSet();
        foreach (var (path, id) in references.Where(r => !known.Contains(r.Id)))
        {
            add(path, $"No existe el archivo {id}: súbalo primero con POST /api/v1/files.");
        }
    }
}
