using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Questions;

public abstract class QuestionDeskActionsTests(RindeFactory factory)
{
    private async Task<(HttpClient Staff, int ExerciseId, int[] Ids)> ExerciseWithQuestionsAsync(int count)
    {
        var exerciseId = TestExercises.Create(factory, TestExercises.Tomorrow, "Seguridad");
        var citizen = factory.CreateClient();
        var ids = new List<int>();
        for (var i = 1; i <= count; i++)
        {
            var r = await citizen.PostAsJsonAsync($"/api/v1/exercises/{exerciseId}/questions", new { text = $"Pregunta de prueba {i}", anonymous = true });
            using var body = JsonDocument.Parse(await r.Content.ReadAsStringAsync());
            ids.Add(body.RootElement.GetProperty("id").GetInt32());
        }
        return (await factory.CreateStaffClientAsync(), exerciseId, [.. ids]);
    }

    [Fact]
    public async Task Two_people_changing_the_same_question_do_not_overwrite_each_other()
    {
        var (staff, _, ids) = await ExerciseWithQuestionsAsync(1);
        var first = await staff.PostAsJsonAsync($"/api/v1/questions/{ids[0]}/answer", new { text = "Primera respuesta", answeredLive = true, version = 0 });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var second = await staff.PostAsJsonAsync($"/api/v1/questions/{ids[0]}/answer", new { text = "Otra respuesta", answeredLive = true, version = 0 });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("Otra persona cambió esta pregunta", await second.Content.ReadAsStringAsync());
        Assert.Equal("Primera respuesta", factory.WithDb(db => db.CitizenQuestions.Single(q => q.Id == ids[0]).Answer));
    }

    [Fact]
    public async Task A_hidden_message_is_kept_with_its_reason_but_never_published()
    {
        var (staff, exerciseId, ids) = await ExerciseWithQuestionsAsync(1);
        (await staff.PostAsJsonAsync($"/api/v1/questions/{ids[0]}/answer", new { text = "Respuesta", answeredLive = true })).EnsureSuccessStatusCode();
        var hide = await staff.PostAsJsonAsync($"/api/v1/questions/{ids[0]}/hide", new { reason = "Lenguaje ofensivo" });
        Assert.Equal(HttpStatusCode.OK, hide.StatusCode);
        var stored = factory.WithDb(db => db.CitizenQuestions.Single(q => q.Id == ids[0]));
        Assert.True(stored.Hidden);
        Assert.Equal("Lenguaje ofensivo", stored.HiddenReason);
        Assert.Equal(RindeFactory.AdminEmail, stored.HiddenBy);
        Assert.Equal("[]", await factory.CreateClient().GetStringAsync($"/api/v1/exercises/{exerciseId}/questions/public"));
    }

    [Fact]
    public async Task Duplicates_are_merged_assigned_questions_carry_their_office_and_a_question_becomes_a_commitment()
    {
        var (staff, exerciseId, ids) = await ExerciseWithQuestionsAsync(2);
        var office = factory.WithDb(db =>
        {
            var exercise = db.Exercises.Include(e => e.Dependency).Single(e => e.Id == exerciseId);
            var child = new Rinde.Features.Dependencies.Dependency { Code = exercise.Dependency.Code + ".1", Name = "Oficina de prueba", ParentId = exercise.DependencyId };
            db.Dependencies.Add(child);
            db.SaveChanges();
            return child.Code;
        });
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/v1/questions/{ids[1]}/merge", new { intoNumber = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PostAsJsonAsync($"/api/v1/questions/{ids[0]}/merge", new { intoNumber = 99 })).StatusCode);
        var assign = await staff.PostAsJsonAsync($"/api/v1/questions/{ids[0]}/assign", new { dependencyCode = office, person = "Jefe de oficina" });
        Assert.Contains("Oficina de prueba", await assign.Content.ReadAsStringAsync());
        var commit = await staff.PostAsJsonAsync($"/api/v1/questions/{ids[0]}/commitment",
            new { description = "Publicar el informe de cámaras", owner = "Oficina de prueba", dueDate = "2030-01-15" });
        Assert.Equal(HttpStatusCode.OK, commit.StatusCode);

        factory.WithDb(db =>
        {
            Assert.Equal(ids[0], db.CitizenQuestions.Single(q => q.Id == ids[1]).MergedIntoId);
            var commitment = db.Commitments.Single(c => c.QuestionId == ids[0]);
            Assert.Equal(new DateOnly(2030, 1, 15), commitment.DueDate);
            Assert.Equal(Rinde.Features.Commitments.CommitmentOrigin.Pregunta, commitment.Origin);
            // Every change left its event for the desks: 2 received + merge + assign + commitment.
            Assert.Equal(5, db.QuestionEvents.Count(e => e.ExerciseId == exerciseId));
            return 0;
        });
    }

    [Fact]
    public async Task Staff_register_a_pasted_chat_block_as_questions_with_their_commenters()
    {
        var (_, exerciseId, _) = await ExerciseWithQuestionsAsync(0);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await StaffSignIn.SignInAsync(client);
        var page = await client.GetDocumentAsync($"/staff/ejercicios/{exerciseId}/mesa/registrar");
        var previewed = await client.SubmitAsync(page, "form[action*='handler=ChatPreview']", new Dictionary<string, string>
        {
            ["Chat"] = "Ana Gómez: ¿Cuándo abren la convocatoria?\nLuis Mora: Felicitaciones por la gestión del año",
        });
        // Nothing is registered before staff confirm the preview; a greeting starts unticked.
        Assert.Equal(HttpStatusCode.OK, previewed.StatusCode);
        Assert.Equal(0, factory.WithDb(db => db.CitizenQuestions.Count(q => q.ExerciseId == exerciseId)));
        var preview = HtmlForms.Parse(await previewed.Content.ReadAsStringAsync());
        var rows = preview.QuerySelectorAll("form[action$='handler=Chat'] tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.NotNull(rows[0].QuerySelector("input[type=checkbox][checked]"));
        Assert.Null(rows[1].QuerySelector("input[type=checkbox][checked]"));
        Assert.Contains("Saludo", rows[1].TextContent);
        var response = await client.SubmitAsync(preview, "form[action$='handler=Chat']", new Dictionary<string, string> { ["Items[1].Selected"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = factory.WithDb(db => db.CitizenQuestions.Where(q => q.ExerciseId == exerciseId).OrderBy(q => q.Number)
            .Select(q => new { q.Number, q.CitizenName, q.Channel }).ToList());
        Assert.Equal(2, stored.Count);
        Assert.Equal(["Ana Gómez", "Luis Mora"], stored.Select(s => s.CitizenName));
        Assert.All(stored, s => Assert.Equal(Rinde.Features.Questions.QuestionChannel.ChatTransmision, s.Channel));
    }
}

public sealed class SqliteQuestionDeskActionsTests(SqliteFactory factory) : QuestionDeskActionsTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresQuestionDeskActionsTests(PostgresFactory factory) : QuestionDeskActionsTests(factory), IClassFixture<PostgresFactory>;
