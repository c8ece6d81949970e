using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rinde.Features.Exercises;
using Rinde.Features.Questions;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Questions;

/// <summary>Issue 8, point 3: the askers of a duplicate see the answer it joined, and merging (and hiding) can be undone.</summary>
public abstract class ReversibleModerationTests(RindeFactory factory)
{
    private static readonly DateOnly Due = new(2031, 1, 15);

    /// <summary>A dialogue held a week ago: 1 answered live, 2 pending with its legal deadline.</summary>
    private (int Exercise, int First, int Second, string SecondCode) Seed()
    {
        var exerciseId = TestExercises.Create(factory, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-7)), "Vías");
        return factory.WithDb(db =>
        {
            var theme = db.QuestionThemes.Single(t => t.ExerciseId == exerciseId).Id;
            CitizenQuestion Q(int n, string text) => new()
            {
                ExerciseId = exerciseId, Number = n, Text = text, ThemeId = theme, Deadline = Due, CitizenName = $"Persona {n}",
                PublishName = true, Consent = true,
            };
            var (first, second) = (Q(1, "¿Cuándo pavimentan la calle 5?"), Q(2, "¿La calle 5 para cuándo?"));
            db.CitizenQuestions.AddRange(first, second);
            db.SaveChanges();
            return (exerciseId, first.Id, second.Id, second.FollowCode);
        });
    }

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task A_merged_duplicate_shows_the_answer_given_later_and_unmerging_brings_it_back_as_pending_everywhere()
    {
        var (id, first, second, code) = Seed();
        var staff = await factory.CreateStaffClientAsync();
        var citizen = factory.CreateClient();
        var merged = await OkAsync(await staff.PostAsJsonAsync($"/api/v1/questions/{second}/merge", new { intoNumber = 1, version = 0 }));
        Assert.Equal("fusionada", merged.GetProperty("status").GetString());
        // The answer arrives after the merge: the duplicate's asker reads it on their follow page.
        await OkAsync(await staff.PostAsJsonAsync($"/api/v1/questions/{first}/answer", new { text = "En marzo, con recursos propios.", answeredLive = true }));
        var follow = await citizen.GetStringAsync(PublicQuestions.FollowPath(id, code));
        Assert.Contains("En marzo, con recursos propios.", follow);
        var acta = await staff.GetStringAsync($"/api/v1/exercises/{id}/acta.html");
        Assert.Contains("Duplicada de la 1.", acta);
        Assert.Contains("De la única pregunta presentada por la ciudadanía, se dio respuesta al 100,0 %", acta);

        // A stale version is refused like every desk change; the current one undoes the merge.
        var stale = await staff.PostAsJsonAsync($"/api/v1/questions/{second}/unmerge", new { version = 0 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var unmerged = await OkAsync(await staff.PostAsJsonAsync($"/api/v1/questions/{second}/unmerge",
            new { version = merged.GetProperty("version").GetInt32() }));
        Assert.Equal("pendiente", unmerged.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, unmerged.GetProperty("mergedIntoId").ValueKind);
        Assert.Equal("2031-01-15", unmerged.GetProperty("deadline").GetString());
        // Undoing twice is not a change.
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PostAsJsonAsync($"/api/v1/questions/{second}/unmerge", new { })).StatusCode);

        var stored = factory.WithDb(db => db.CitizenQuestions.Single(q => q.Id == second));
        Assert.Null(stored.MergedIntoId);
        Assert.Equal(Due, stored.Deadline);
        acta = await staff.GetStringAsync($"/api/v1/exercises/{id}/acta.html");
        Assert.DoesNotContain("Duplicada de la 1.", acta);
        Assert.Contains("Del total de 2 preguntas presentadas por la ciudadanía", acta);
        Assert.Contains("se dio respuesta al 50,0 %", acta);
        Assert.Contains("Quedaron 1 pregunta pendiente de respuesta (50,0 %)", acta);
        Assert.Contains("Pregunta 2: plazo de respuesta hasta el 15/ene/2031.", acta);
        follow = await citizen.GetStringAsync(PublicQuestions.FollowPath(id, code));
        Assert.DoesNotContain("En marzo, con recursos propios.", follow);
        Assert.Contains("todavía no tiene respuesta", follow);
        Assert.Contains(Rinde.Infrastructure.EsCo.LongDate(Due), follow);
        Assert.DoesNotContain("se responde con ella", follow);
        Assert.Contains("¿La calle 5 para cuándo?", (await staff.GetDocumentAsync($"/staff/plazos?ejercicio={id}")).Body!.TextContent);
        Assert.DoesNotContain("¿La calle 5 para cuándo?", await citizen.GetStringAsync($"/api/v1/exercises/{id}/questions/public"));

        // Its own event (the desks update live) and the audit log's record of the change.
        factory.WithDb(db =>
        {
            Assert.Equal(1, db.QuestionEvents.Count(e => e.QuestionId == second && e.Kind == "pregunta_separada"));
            var audit = db.AuditEntries.Where(a => a.Entity == "CitizenQuestion" && a.EntityId == second.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .AsEnumerable().Last();
            Assert.Contains($"\"MergedIntoId\":{first}", audit.Before);
            Assert.Contains("\"MergedIntoId\":null", audit.After);
            Assert.Equal(RindeFactory.AdminEmail, audit.User);
            return 0;
        });
    }

    [Fact]
    public async Task The_desk_card_of_a_duplicate_offers_to_undo_the_merge_and_a_hidden_message_to_show_it_again_without_javascript()
    {
        var (id, first, second, _) = Seed();
        var staff = await factory.CreateStaffClientAsync();
        await OkAsync(await staff.PostAsJsonAsync($"/api/v1/questions/{second}/merge", new { intoNumber = 1 }));
        await OkAsync(await staff.PostAsJsonAsync($"/api/v1/questions/{first}/answer", new { text = "En marzo.", answeredLive = true }));
        await OkAsync(await staff.PostAsJsonAsync($"/api/v1/questions/{first}/hide", new { reason = "Prueba de moderación" }));
        Assert.Equal("[]", await factory.CreateClient().GetStringAsync($"/api/v1/exercises/{id}/questions/public"));

        var browser = factory.CreateClient(new() { AllowAutoRedirect = false });
        await StaffSignIn.SignInAsync(browser);
        var desk = await browser.GetDocumentAsync($"/staff/ejercicios/{id}/mesa");
        Assert.Null(desk.QuerySelector($"#q{second} form[data-shown-when=merged]")!.GetAttribute("hidden"));
        Assert.NotNull(desk.QuerySelector($"#q{second} form[data-shown-when=hidden]")!.GetAttribute("hidden"));
        Assert.NotNull(desk.QuerySelector($"#q{first} form[data-shown-when=merged]")!.GetAttribute("hidden"));
        Assert.Contains("Deshacer la fusión", desk.QuerySelector($"#q{second} form[data-shown-when=merged]")!.TextContent);

        var undone = await browser.SubmitAsync(desk, $"#q{second} form[data-shown-when=merged]", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        var shown = await browser.SubmitAsync(desk, $"#q{first} form[data-shown-when=hidden]", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, shown.StatusCode);
        desk = await browser.GetDocumentAsync($"/staff/ejercicios/{id}/mesa");
        Assert.Contains("Pregunta 1 visible de nuevo.", desk.Body!.TextContent);
        Assert.NotNull(desk.QuerySelector($"#q{second} form[data-shown-when=merged]")!.GetAttribute("hidden"));
        factory.WithDb(db =>
        {
            Assert.Null(db.CitizenQuestions.Single(q => q.Id == second).MergedIntoId);
            var q1 = db.CitizenQuestions.Single(q => q.Id == first);
            Assert.False(q1.Hidden);
            Assert.Null(q1.HiddenReason);
            Assert.Equal("En marzo.", q1.Answer);
            Assert.Equal(1, db.QuestionEvents.Count(e => e.QuestionId == first && e.Kind == "pregunta_mostrada"));
            return 0;
        });
        Assert.Contains("En marzo.", await factory.CreateClient().GetStringAsync($"/api/v1/exercises/{id}/questions/public"));
    }

    [Fact]
    public async Task Undoing_a_merge_reaches_a_connected_desk_and_is_refused_once_the_acta_is_frozen()
    {
        var (id, _, second, _) = Seed();
        var staff = await factory.CreateStaffClientAsync();
        await OkAsync(await staff.PostAsJsonAsync($"/api/v1/questions/{second}/merge", new { intoNumber = 1 }));
        var last = factory.WithDb(db => db.QuestionEvents.Where(e => e.ExerciseId == id).Max(e => e.Sequence));
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/exercises/{id}/questions/stream");
        request.Headers.Add("Last-Event-ID", last.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var response = await staff.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new SseReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal("conectado", (await reader.NextAsync(TimeSpan.FromSeconds(30))).Type);
        await OkAsync(await staff.PostAsJsonAsync($"/api/v1/questions/{second}/unmerge", new { }));
        var ev = await reader.NextAsync(TimeSpan.FromSeconds(30));
        Assert.Contains("\"kind\":\"pregunta_separada\"", ev.Data);
        Assert.Contains("\"status\":\"pendiente\"", ev.Data);

        await OkAsync(await staff.PostAsJsonAsync($"/api/v1/questions/{second}/merge", new { intoNumber = 1 }));
        factory.WithDb(db =>
        {
            db.Exercises.Single(e => e.Id == id).Status = Rinde.Features.Exercises.ActaState.Aprobada;
            return db.SaveChanges();
        });
        var frozen = await staff.PostAsJsonAsync($"/api/v1/questions/{second}/unmerge", new { });
        Assert.Equal(HttpStatusCode.Conflict, frozen.StatusCode);
        Assert.NotNull(factory.WithDb(db => db.CitizenQuestions.Single(q => q.Id == second).MergedIntoId));
    }
}

public sealed class SqliteReversibleModerationTests(SqliteFactory factory) : ReversibleModerationTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresReversibleModerationTests(PostgresFactory factory) : ReversibleModerationTests(factory), IClassFixture<PostgresFactory>;
