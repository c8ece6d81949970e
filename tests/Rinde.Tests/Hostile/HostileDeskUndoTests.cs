using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Hostile;

/// <summary>Undoing a merge or a hiding (issue 8, point 3) with malformed bodies, foreign questions and forged forms.</summary>
public abstract class HostileDeskUndoTests(RindeFactory factory)
{
    private async Task<(HttpClient Staff, int Exercise, int Question)> MergedAsync()
    {
        var exercise = TestExercises.Create(factory, TestExercises.Tomorrow);
        var citizen = factory.CreateClient();
        var ids = new List<int>();
        foreach (var text in new[] { "¿Primera?", "¿Primera otra vez?" })
        {
            var r = await citizen.PostAsJsonAsync($"/api/v1/exercises/{exercise}/questions", new { text, anonymous = true });
            ids.Add(JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32());
        }
        var staff = await factory.CreateStaffClientAsync();
        (await staff.PostAsJsonAsync($"/api/v1/questions/{ids[1]}/merge", new { intoNumber = 1 })).EnsureSuccessStatusCode();
        return (staff, exercise, ids[1]);
    }

    private bool StillMerged(int question) => factory.WithDb(db => db.CitizenQuestions.Single(q => q.Id == question).MergedIntoId) is not null;

    [Theory]
    [InlineData("{\"version\":\"uno\"}")]
    [InlineData("{\"version\":99999999999999999999}")]
    [InlineData("{\"version\":")]
    [InlineData("<xml/>")]
    [InlineData("[1,2,3]")]
    public async Task A_malformed_body_is_a_spanish_400_and_changes_nothing(string body)
    {
        var (staff, _, question) = await MergedAsync();
        foreach (var action in new[] { "unmerge", "unhide" })
        {
            var response = await staff.PostAsync($"/api/v1/questions/{question}/{action}", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        Assert.True(StillMerged(question));
    }

    [Fact]
    public async Task Unknown_questions_negative_versions_and_questions_that_are_neither_merged_nor_hidden_change_nothing()
    {
        var (staff, _, question) = await MergedAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PostAsJsonAsync("/api/v1/questions/2147483647/unmerge", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync($"/api/v1/questions/{question}/unmerge", new { version = -1 })).StatusCode);
        var notHidden = await staff.PostAsJsonAsync($"/api/v1/questions/{question}/unhide", new { });
        Assert.Equal(HttpStatusCode.BadRequest, notHidden.StatusCode);
        Assert.Contains("no está oculto", await notHidden.Content.ReadAsStringAsync());
        Assert.True(StillMerged(question));
    }

    [Fact]
    public async Task A_desk_form_naming_a_question_of_another_exercise_is_a_404_on_this_desk()
    {
        var (_, _, foreign) = await MergedAsync();
        var (_, mine, _) = await MergedAsync();
        var browser = factory.CreateClient(new() { AllowAutoRedirect = false });
        await StaffSignIn.SignInAsync(browser);
        var desk = await browser.GetDocumentAsync($"/staff/ejercicios/{mine}/mesa");
        foreach (var form in new[] { "form[data-shown-when=merged]", "form.answer-form" })
        {
            var forged = await browser.SubmitAsync(desk, form, new Dictionary<string, string>
            {
                ["questionId"] = foreign.ToString(System.Globalization.CultureInfo.InvariantCulture), ["answer"] = "Respuesta ajena",
            });
            Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        }
        Assert.True(StillMerged(foreign));
        Assert.Null(factory.WithDb(db => db.CitizenQuestions.Single(q => q.Id == foreign).Answer));
        var garbled = await browser.SubmitAsync(desk, "form[data-shown-when=merged]", new Dictionary<string, string> { ["version"] = "abc\u0001" });
        Assert.True(garbled.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"{(int)garbled.StatusCode}");
    }
}

public sealed class SqliteHostileDeskUndoTests(SqliteFactory factory) : HostileDeskUndoTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresHostileDeskUndoTests(PostgresFactory factory) : HostileDeskUndoTests(factory), IClassFixture<PostgresFactory>;
