using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using Rinde.Tests.Infrastructure;
using static Rinde.Tests.BackOffice.BackOfficeSteps;

namespace Rinde.Tests.BackOffice;

/// <summary>
/// Two staff members edit the same thing at once: the second save is refused with the first
/// person's version beside what the second typed, and saving again replaces it deliberately.
/// </summary>
public abstract class ConcurrentEditsTests(RindeFactory factory)
{
    private sealed record Pair(StaffBrowser Ana, StaffBrowser Beto, int Id);

    /// <summary>Ana (administradora) creates an exercise; Beto, an articulador of its dependency, joins her.</summary>
    private async Task<Pair> TwoPeopleAsync(string? title = null)
    {
        var ana = await StaffBrowser.SignInAsync(factory);
        // Without a title: an exercise of tomorrow, still taking questions.
        var id = title is null ? TestExercises.Create(factory, TestExercises.Tomorrow) : await CreateExerciseAsync(ana, title);
        return new(ana, await StaffBrowser.SignInColleagueAsync(factory, id), id);
    }

    private static Task<HttpResponseMessage> PostAsync(StaffBrowser browser, IDocument page, string url, string form,
        params (string Name, string Value)[] values) => browser.SubmitAsync(page, form, url, values);

    [Fact]
    public async Task General_data_saved_by_two_people_keeps_the_first_and_shows_it_beside_the_second()
    {
        var (ana, beto, id) = await TwoPeopleAsync("Diálogo editado a dos manos");
        var url = $"/staff/ejercicios/{id}";
        var anaPage = await ana.GetAsync(url);
        var betoPage = await beto.GetAsync(url);

        var first = await PostAsync(ana, anaPage, url, "form.form:not([action])", ("Input.Place", "Estudios de Telepacífico"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await PostAsync(beto, betoPage, url, "form.form:not([action])", ("Input.Place", "Concejo de Cali"));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var refused = await StaffBrowser.ParseAsync(second);
        Assert.Contains("Otra persona guardó cambios", refused.QuerySelector(".edit-conflict")!.TextContent);
        var row = refused.QuerySelectorAll(".edit-conflict tbody tr").Single();
        Assert.Equal(("Lugar", "Estudios de Telepacífico", "Concejo de Cali"),
            (row.QuerySelector("th")!.TextContent, row.QuerySelector(".theirs")!.TextContent, row.QuerySelector(".yours")!.TextContent));
        Assert.Equal("Concejo de Cali", refused.QuerySelector("#Input_Place")!.GetAttribute("value"));
        Assert.Equal("Estudios de Telepacífico", factory.WithDb(db => db.Exercises.Single(e => e.Id == id).Place));

        var replaced = await PostAsync(beto, refused, url, "form.form:not([action])", ("Input.Place", "Concejo de Cali"));
        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        Assert.Equal("Concejo de Cali", factory.WithDb(db => db.Exercises.Single(e => e.Id == id).Place));
    }

    [Fact]
    public async Task Two_people_editing_different_parts_of_the_exercise_do_not_conflict()
    {
        var (ana, beto, id) = await TwoPeopleAsync("Diálogo con partes separadas");
        var texts = await beto.GetAsync($"/staff/ejercicios/{id}/acta");

        await ana.SubmitAsync($"/staff/ejercicios/{id}", [("Input.Place", "Telepacífico")]);
        var saved = await PostAsync(beto, texts, $"/staff/ejercicios/{id}/acta?handler=Texts", "#textos form",
            ("texto.GeneralObservations", "Sin novedades."));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Sin novedades.", factory.WithDb(db => db.Exercises.Single(e => e.Id == id).Narratives.GeneralObservations));
    }

    [Fact]
    public async Task A_narrative_saved_by_two_people_refuses_the_second_and_keeps_its_text()
    {
        var (ana, beto, id) = await TwoPeopleAsync("Diálogo con observaciones");
        var url = $"/staff/ejercicios/{id}/acta";
        var anaPage = await ana.GetAsync(url);
        var betoPage = await beto.GetAsync(url);

        await PostAsync(ana, anaPage, url + "?handler=Texts", "#textos form", ("texto.GeneralObservations", "Versión de Ana."));
        var second = await PostAsync(beto, betoPage, url + "?handler=Texts", "#textos form", ("texto.GeneralObservations", "Versión de Beto."));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var refused = await StaffBrowser.ParseAsync(second);
        var row = refused.QuerySelectorAll("#textos .edit-conflict tbody tr").Single();
        Assert.Equal(("Versión de Ana.", "Versión de Beto."), (row.QuerySelector(".theirs")!.TextContent, row.QuerySelector(".yours")!.TextContent));
        Assert.Equal("Versión de Beto.", refused.QuerySelector("#texto-GeneralObservations")!.TextContent.Trim());
        Assert.Equal("Versión de Ana.", factory.WithDb(db => db.Exercises.Single(e => e.Id == id).Narratives.GeneralObservations));

        await PostAsync(beto, refused, url + "?handler=Texts", "#textos form", ("texto.GeneralObservations", "Versión de Beto."));
        Assert.Equal("Versión de Beto.", factory.WithDb(db => db.Exercises.Single(e => e.Id == id).Narratives.GeneralObservations));
    }

    [Fact]
    public async Task A_list_item_saved_by_two_people_refuses_the_second_with_both_versions()
    {
        var (ana, beto, id) = await TwoPeopleAsync("Diálogo con participantes");
        var url = $"/staff/ejercicios/{id}/participantes";
        var itemId = await AddAsync(ana, url, ("Input.Name", "Ana Pérez"), ("Input.Kind", "Asistente"));
        var editUrl = $"{url}?editar={itemId}";
        var anaPage = await ana.GetAsync(editUrl);
        var betoPage = await beto.GetAsync(editUrl);

        var first = await PostAsync(ana, anaPage, url + "?handler=Save", "#formulario form",
            ("Input.Name", "Ana María Pérez"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await PostAsync(beto, betoPage, url + "?handler=Save", "#formulario form",
            ("Input.Name", "Ana P. Gómez"));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var refused = await StaffBrowser.ParseAsync(second);
        var row = refused.QuerySelectorAll("#formulario .edit-conflict tbody tr").Single();
        Assert.Equal(("Ana María Pérez", "Ana P. Gómez"), (row.QuerySelector(".theirs")!.TextContent, row.QuerySelector(".yours")!.TextContent));
        Assert.Equal("Ana P. Gómez", refused.QuerySelector("#Input_Name")!.GetAttribute("value"));
        Assert.Equal("Ana María Pérez", factory.WithDb(db => db.Participants.Single(p => p.Id == itemId).Name));
    }

    private async Task<int> AskAsync(int exerciseId)
    {
        var asked = await factory.CreateClient().PostAsJsonAsync($"/api/v1/exercises/{exerciseId}/questions", new { text = "¿Cuándo abren el parque?", anonymous = true });
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        return (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task A_desk_answer_saved_after_a_colleagues_is_shown_beside_it_and_replaces_it_only_when_asked()
    {
        var (ana, beto, id) = await TwoPeopleAsync();
        var questionId = await AskAsync(id);
        var desk = $"/staff/ejercicios/{id}/mesa";
        var action = desk + "?handler=Answer";
        var anaPage = await ana.GetAsync(desk);
        var betoPage = await beto.GetAsync(desk);

        Assert.Equal(HttpStatusCode.Redirect, (await ana.SubmitAsync(anaPage, ".answer-form", action, ("answer", "Respuesta de Ana."))).StatusCode);
        var second = await beto.SubmitAsync(betoPage, ".answer-form", action, ("answer", "Respuesta de Beto."));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var refused = await StaffBrowser.ParseAsync(second);
        var card = refused.QuerySelector($"#q{questionId}")!;
        Assert.Contains("ya tiene una respuesta", card.QuerySelector(".desk-message")!.TextContent);
        Assert.Equal("Respuesta de Ana.", card.QuerySelector(".answer-text")!.TextContent);
        Assert.Equal("Respuesta de Beto.", card.QuerySelector(".answer-form textarea")!.TextContent);
        Assert.Equal("Reemplazar la respuesta", card.QuerySelector(".answer-form button")!.TextContent);
        Assert.Equal("Respuesta de Ana.", factory.WithDb(db => db.CitizenQuestions.Single(q => q.Id == questionId).Answer));

        var replaced = await beto.SubmitAsync(refused, $"#q{questionId} .answer-form", action);
        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        Assert.Equal("Respuesta de Beto.", factory.WithDb(db => db.CitizenQuestions.Single(q => q.Id == questionId).Answer));
    }

    [Fact]
    public async Task The_api_replaces_an_existing_answer_only_when_asked_and_a_refusal_carries_the_saved_one()
    {
        var (_, _, id) = await TwoPeopleAsync();
        var questionId = await AskAsync(id);
        var staff = await factory.CreateStaffClientAsync();
        (await staff.PostAsJsonAsync($"/api/v1/questions/{questionId}/answer", new { text = "Primera.", answeredLive = true })).EnsureSuccessStatusCode();

        var silent = await staff.PostAsJsonAsync($"/api/v1/questions/{questionId}/answer", new { text = "Segunda.", answeredLive = true });
        Assert.Equal(HttpStatusCode.Conflict, silent.StatusCode);
        var problem = await silent.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Primera.", problem.GetProperty("question").GetProperty("answer").GetString());
        var version = problem.GetProperty("question").GetProperty("version").GetInt32();

        var stale = await staff.PostAsJsonAsync($"/api/v1/questions/{questionId}/answer", new { text = "Segunda.", answeredLive = true, replace = true, version = version - 1 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var deliberate = await staff.PostAsJsonAsync($"/api/v1/questions/{questionId}/answer", new { text = "Segunda.", answeredLive = true, replace = true, version });
        Assert.Equal(HttpStatusCode.OK, deliberate.StatusCode);
        Assert.Equal("Segunda.", factory.WithDb(db => db.CitizenQuestions.Single(q => q.Id == questionId).Answer));
    }
}

public sealed class SqliteConcurrentEditsTests(SqliteFactory factory) : ConcurrentEditsTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresConcurrentEditsTests(PostgresFactory factory) : ConcurrentEditsTests(factory), IClassFixture<PostgresFactory>;
