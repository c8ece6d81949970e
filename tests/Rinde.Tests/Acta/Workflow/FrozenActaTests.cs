using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rinde.Tests.Exercises;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Acta.Workflow;

/// <summary>
/// Issue 9, point 7: once approved, the acta's DOCX, PDF and web page are the frozen version's
/// bytes, every writer refuses (409) a change to the exercise, and only reopening it makes a
/// new version, while the published files stay in the archive with their SHA-256.
/// </summary>
public abstract class FrozenActaTests(RindeFactory factory)
{
    private sealed record Snapshot(byte[] Docx, byte[] Pdf, byte[] Html, byte[] InternalDocx, byte[] InternalHtml);

    private async Task<(HttpClient Staff, int Id, string Code)> PublishedAsync()
    {
        var staff = await factory.CreateStaffClientAsync();
        var code = "FZ" + Guid.NewGuid().ToString("N")[..6];
        var image = await ExerciseDocumentTests.UploadAsync(staff, TestExercise.Png, "i.png");
        // Four questions: the fourth has no answer, so the acta leaves it pending.
        var id = await ExerciseDocumentTests.PostAsync(staff, RichDocument.Build(code, image, questions: 4));
        foreach (var to in new[] { "en_revision", "enviada_aprobacion", "aprobada", "publicada" })
        {
            Assert.Equal(HttpStatusCode.OK, (await MoveAsync(staff, id, to, "paso")).StatusCode);
        }
        return (staff, id, code);
    }

    private static Task<HttpResponseMessage> MoveAsync(HttpClient staff, int id, string to, string? comment = null) =>
        staff.PostAsJsonAsync($"/api/v1/exercises/{id}/acta/transitions", new { to, comment });

    private async Task<Snapshot> SnapshotAsync(HttpClient staff, int id)
    {
        var anonymous = factory.CreateClient();
        var stem = $"/api/v1/exercises/{id}/acta";
        return new Snapshot(await anonymous.GetByteArrayAsync(stem + ".docx"), await anonymous.GetByteArrayAsync(stem + ".pdf"),
            await anonymous.GetByteArrayAsync(stem + ".html"), await staff.GetByteArrayAsync(stem + ".docx"), await staff.GetByteArrayAsync(stem + ".html"));
    }

    private static void Same(Snapshot before, Snapshot after)
    {
        Assert.Equal(before.Docx, after.Docx);
        Assert.Equal(before.Pdf, after.Pdf);
        Assert.Equal(before.Html, after.Html);
        Assert.Equal(before.InternalDocx, after.InternalDocx);
        Assert.Equal(before.InternalHtml, after.InternalHtml);
    }

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private (int Id, int Version) Question(int exerciseId, int number) => factory.WithDb(db =>
        db.CitizenQuestions.Where(q => q.ExerciseId == exerciseId && q.Number == number).Select(q => new { q.Id, q.Version }).AsEnumerable()
            .Select(q => (q.Id, q.Version)).Single());

    [Fact]
    public async Task A_published_actas_docx_pdf_and_page_keep_their_bytes_while_every_desk_page_and_api_change_is_refused_with_409()
    {
        var (staff, id, code) = await PublishedAsync();
        var before = await SnapshotAsync(staff, id);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(before.Pdf[..5]));

        // Live data changed behind Rinde's back: the page is still the approved one, not a new rendering.
        factory.WithDb(db =>
        {
            db.Exercises.Single(e => e.Id == id).Objective = "Objetivo cambiado en la base de datos";
            return db.SaveChanges();
        });
        Same(before, await SnapshotAsync(staff, id));

        // The API: the exercise document, the desk, the legal trail, the survey import.
        var document = JsonNode.Parse(await staff.GetStringAsync($"/api/v1/exercises/{id}"))!;
        document["title"] = "Otro título";
        var answered = Question(id, 1);
        var pending = Question(id, 4);
        var refusals = new List<HttpResponseMessage>
        {
            await staff.PutAsJsonAsync($"/api/v1/exercises/{id}", document),
            await staff.PostAsJsonAsync($"/api/v1/questions/{answered.Id}/answer", new { text = "Otra respuesta", answeredLive = true, replace = true }),
            await staff.PostAsJsonAsync($"/api/v1/questions/{answered.Id}/hide", new { reason = "Ofensivo" }),
            await staff.PostAsJsonAsync($"/api/v1/questions/{pending.Id}/merge", new { intoNumber = 1 }),
            await staff.PostAsJsonAsync($"/api/v1/questions/{answered.Id}/assign", new { dependencyCode = (string?)null, person = "Otra persona" }),
            await staff.PostAsJsonAsync($"/api/v1/questions/{answered.Id}/transfer", new { entity = "Gobernación", reason = "Competencia" }),
        };
        using (var file = new MultipartFormDataContent { { new ByteArrayContent(Survey.SurveyFiles.GoogleDownload()), "file", "respuestas.csv" } })
        {
            refusals.Add(await staff.PostAsync($"/api/v1/exercises/{id}/survey/import", file));
        }
        foreach (var refused in refusals)
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
            Assert.Matches("aprobada|publicada", problem.GetProperty("detail").GetString());
        }

        // A citizen's question: refused even on the dialogue's day, once the acta is frozen.
        factory.WithDb(db =>
        {
            var exercise = db.Exercises.Single(e => e.Id == id);
            (exercise.Date, exercise.QuestionsCloseAt) = (DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)), null);
            return db.SaveChanges();
        });
        var citizen = await factory.CreateClient().PostAsJsonAsync($"/api/v1/exercises/{id}/questions",
            new { text = "¿Puedo preguntar después del acta?", anonymous = true });
        Assert.Equal(HttpStatusCode.Conflict, citizen.StatusCode);

        // The browser: a back-office part, the desk without script, registering questions, the signed PDF.
        var browser = await StaffBrowser.SignInAsync(factory);
        var token = await StaffBrowser.TokenAsync(browser, "/staff/ejercicios/nuevo");
        var pages = new[]
        {
            await browser.PostAsync($"/staff/ejercicios/{id}/participantes?handler=Save", [("__RequestVerificationToken", token), ("Input.Name", "Intruso"), ("Input.Kind", "Asistente")]),
            await browser.PostAsync($"/staff/ejercicios/{id}", [("__RequestVerificationToken", token), ("Input.Title", "Otro")]),
            await browser.PostAsync($"/staff/ejercicios/{id}/mesa?handler=Hide",
                [("__RequestVerificationToken", token), ("questionId", $"{answered.Id}"), ("version", $"{answered.Version}"), ("reason", "Ofensivo")]),
            await browser.PostAsync($"/staff/ejercicios/{id}/mesa/registrar?handler=One",
                [("__RequestVerificationToken", token), ("Text", "Una pregunta registrada después del acta"), ("Channel", "Papel"), ("Type", "Pregunta")]),
        };
        foreach (var page in pages)
        {
            Assert.Equal(HttpStatusCode.Conflict, page.StatusCode);
            var shown = await StaffBrowser.ParseAsync(page);
            Assert.Equal("Ya no se puede modificar", shown.QuerySelector("h1")!.TextContent);
            Assert.Contains("reabrirla", shown.QuerySelector("main")!.TextContent);
            Assert.Equal($"/staff/ejercicios/{id}/acta/estado", shown.QuerySelector("main a.button")!.GetAttribute("href"));
        }
        var state = await browser.GetAsync($"/staff/ejercicios/{id}/acta/estado");
        Assert.Null(state.QuerySelector("form[enctype]"));
        var signed = await browser.PostAsync($"/staff/ejercicios/{id}/acta/estado?handler=Signed", [("__RequestVerificationToken", token)],
            ("scan", "acta-firmada.pdf", [.. "%PDF-1.4 firmada después de publicar"u8]));
        Assert.Equal(HttpStatusCode.Conflict, signed.StatusCode);
        Assert.Contains("ya está publicada", (await StaffBrowser.ParseAsync(signed)).QuerySelector(".notice.error")!.TextContent);

        Same(before, await SnapshotAsync(staff, id));
        Assert.Equal(4, factory.WithDb(db => db.CitizenQuestions.Count(q => q.ExerciseId == id)));
        Assert.False(factory.WithDb(db => db.CitizenQuestions.Any(q => q.ExerciseId == id && (q.Hidden || q.MergedIntoId != null))));

        // The archive names every published file with the SHA-256 of the bytes it serves.
        var anonymous = factory.CreateClient();
        var entry = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/v1/actas?q={code}")).RootElement.EnumerateArray().Single();
        Assert.Equal(Sha(before.Docx), entry.GetProperty("sha256").GetString());
        Assert.Equal(Sha(before.Pdf), entry.GetProperty("pdfSha256").GetString());
        Assert.Equal(Sha(before.Html), entry.GetProperty("htmlSha256").GetString());
        Assert.Equal(before.Html, await anonymous.GetByteArrayAsync(entry.GetProperty("html").GetString()));
        Assert.Equal(before.Pdf, await anonymous.GetByteArrayAsync(entry.GetProperty("pdf").GetString()));
    }

    [Fact]
    public async Task The_written_answer_to_a_question_the_acta_left_pending_is_still_recorded_and_the_acta_does_not_change()
    {
        var (staff, id, _) = await PublishedAsync();
        var before = await SnapshotAsync(staff, id);
        var pending = Question(id, 4);

        var answer = await staff.PostAsJsonAsync($"/api/v1/questions/{pending.Id}/answer", new { text = "Respuesta por escrito", answeredLive = false });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("Respuesta por escrito", factory.WithDb(db => db.CitizenQuestions.Single(q => q.Id == pending.Id).Answer));
        Same(before, await SnapshotAsync(staff, id));
        // Answered now: it is no longer pending, so it cannot be answered again while the acta is frozen.
        var again = await staff.PostAsJsonAsync($"/api/v1/questions/{pending.Id}/answer", new { text = "Otra", answeredLive = false, replace = true });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Reopening_a_published_acta_makes_version_2_while_version_1_stays_in_the_archive_with_its_hashes()
    {
        var (staff, id, code) = await PublishedAsync();
        var v1 = await SnapshotAsync(staff, id);
        var anonymous = factory.CreateClient();
        var (email, password) = await StaffSignIn.CreateColleagueAsync(factory, id);
        var articulador = await factory.CreateStaffClientAsync(email, password);
        Assert.Equal(HttpStatusCode.Forbidden, (await MoveAsync(articulador, id, "devuelta", "Quiero cambiarla")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(staff, id, "devuelta", "Reabierta: el objetivo tiene un error")).StatusCode);
        var document = JsonNode.Parse(await staff.GetStringAsync($"/api/v1/exercises/{id}"))!;
        document["objective"] = "Objetivo corregido al reabrir";
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PutAsJsonAsync($"/api/v1/exercises/{id}", document)).StatusCode);

        // While it is reopened, staff read the draft; everyone else still reads version 1.
        Assert.Contains("Objetivo corregido al reabrir", await staff.GetStringAsync($"/api/v1/exercises/{id}/acta.html"));
        Assert.Equal(v1.Html, await anonymous.GetByteArrayAsync($"/api/v1/exercises/{id}/acta.html"));
        Assert.Equal(v1.Docx, await anonymous.GetByteArrayAsync($"/api/v1/exercises/{id}/acta.docx"));
        var reopened = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/v1/actas?q={code}")).RootElement.EnumerateArray().Single();
        Assert.Equal(Sha(v1.Docx), reopened.GetProperty("sha256").GetString());

        foreach (var to in new[] { "en_revision", "enviada_aprobacion", "aprobada", "publicada" })
        {
            Assert.Equal(HttpStatusCode.OK, (await MoveAsync(staff, id, to, "paso")).StatusCode);
        }
        var entry = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/v1/actas?q={code}")).RootElement.EnumerateArray().Single();
        var versions = entry.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal([2, 1], versions.Select(v => v.GetProperty("version").GetInt32()));
        var old = versions[1];
        Assert.Equal(Sha(v1.Docx), old.GetProperty("sha256").GetString());
        Assert.Equal(Sha(v1.Pdf), old.GetProperty("pdfSha256").GetString());
        Assert.Equal(Sha(v1.Html), old.GetProperty("htmlSha256").GetString());
        Assert.Equal(v1.Docx, await anonymous.GetByteArrayAsync(old.GetProperty("docx").GetString()));
        Assert.Equal(v1.Pdf, await anonymous.GetByteArrayAsync(old.GetProperty("pdf").GetString()));
        Assert.Equal(v1.Html, await anonymous.GetByteArrayAsync(old.GetProperty("html").GetString()));

        var v2 = await SnapshotAsync(staff, id);
        Assert.Contains("Objetivo corregido al reabrir", System.Text.Encoding.UTF8.GetString(v2.Html));
        Assert.DoesNotContain("Objetivo corregido al reabrir", System.Text.Encoding.UTF8.GetString(v1.Html));
        Assert.Equal(Sha(v2.Html), entry.GetProperty("htmlSha256").GetString());
        Assert.Equal(Sha(v2.Docx), versions[0].GetProperty("sha256").GetString());
        // The reopening is on the record: who, when and why.
        var history = JsonDocument.Parse(await staff.GetStringAsync($"/api/v1/exercises/{id}/acta")).RootElement.GetProperty("history");
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("from").GetString() == "publicada"
            && h.GetProperty("to").GetString() == "devuelta" && h.GetProperty("comment").GetString() == "Reabierta: el objetivo tiene un error");
    }
}

public sealed class SqliteFrozenActaTests(SqliteFactory factory) : FrozenActaTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresFrozenActaTests(PostgresFactory factory) : FrozenActaTests(factory), IClassFixture<PostgresFactory>;
