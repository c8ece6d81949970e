using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Rinde.Features.Exercises;
using Rinde.Tests.Exercises;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Acta.Workflow;

public abstract class ActaWorkflowTests(RindeFactory factory)
{
    private static async Task<int> CreateAsync(HttpClient staff, string code)
    {
        var image = await ExerciseDocumentTests.UploadAsync(staff, TestExercise.Png, "i.png");
        var posted = await staff.PostAsJsonAsync("/api/v1/exercises", RichDocument.Build(code, image));
        posted.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
    }

    private static Task<HttpResponseMessage> MoveAsync(HttpClient staff, int id, string to, string? comment = null) =>
        staff.PostAsJsonAsync($"/api/v1/exercises/{id}/acta/transitions", new { to, comment });

    [Fact]
    public async Task Draft_review_return_fix_approve_publish_and_the_published_bytes_never_change()
    {
        var staff = await factory.CreateStaffClientAsync();
        var code = "WF" + Guid.NewGuid().ToString("N")[..6];
        var id = await CreateAsync(staff, code);

        Assert.Equal(HttpStatusCode.Conflict, (await MoveAsync(staff, id, "aprobada")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(staff, id, "en_revision", "Listo para revisar")).StatusCode);
        var noComment = await MoveAsync(staff, id, "devuelta");
        Assert.Equal(HttpStatusCode.BadRequest, noComment.StatusCode);
        Assert.Contains("qué debe corregirse", await noComment.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(staff, id, "devuelta", "Falta el anexo")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(staff, id, "en_revision", "Corregido")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(staff, id, "enviada_aprobacion")).StatusCode);
        var approved = await MoveAsync(staff, id, "aprobada", "Aprobada por el DADII");
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var number = JsonDocument.Parse(await approved.Content.ReadAsStringAsync()).RootElement.GetProperty("number").GetString();
        Assert.Equal($"{code}.030.1.2.1", number);

        var acta = JsonDocument.Parse(await staff.GetStringAsync($"/api/v1/exercises/{id}/acta")).RootElement;
        Assert.Equal("aprobada", acta.GetProperty("state").GetString());
        Assert.Equal(5, acta.GetProperty("history").GetArrayLength());
        Assert.Equal("Falta el anexo", acta.GetProperty("history")[1].GetProperty("comment").GetString());
        var sha = acta.GetProperty("versions")[0].GetProperty("sha256").GetString();

        // The signed, scanned acta becomes the PDF to publish, while the approved version is not
        // published yet (afterwards only a new version supersedes it); the DOCX and its hash stay.
        var browser = factory.CreateClient(new() { AllowAutoRedirect = false });
        await StaffSignIn.SignInAsync(browser);
        var page = await browser.GetDocumentAsync($"/staff/ejercicios/{id}/acta/estado");
        var token = page.QuerySelector("form[enctype] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        byte[] scan = [.. "%PDF-1.4 acta firmada y escaneada"u8];
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(scan), "scan", "acta-firmada.pdf" } };
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostAsync($"/staff/ejercicios/{id}/acta/estado?handler=Signed", form)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(staff, id, "publicada")).StatusCode);
        var anonymous = factory.CreateClient();
        var archive = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/v1/actas?q={code}")).RootElement;
        var entry = archive.EnumerateArray().Single();
        Assert.Equal(sha, entry.GetProperty("sha256").GetString());
        var bytes = await anonymous.GetByteArrayAsync(entry.GetProperty("docx").GetString());
        Assert.Equal(sha, Convert.ToHexStringLower(SHA256.HashData(bytes)));

        // Editing the exercise afterwards does not touch the published document.
        factory.WithDb(db =>
        {
            db.Exercises.Single(e => e.Id == id).Title = "Título cambiado después de publicar";
            return db.SaveChanges();
        });
        Assert.Equal(bytes, await anonymous.GetByteArrayAsync($"/api/v1/exercises/{id}/acta.docx"));
        Assert.Equal(scan, await anonymous.GetByteArrayAsync($"/api/v1/exercises/{id}/acta.pdf"));
        var after = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/v1/actas?q={code}")).RootElement.EnumerateArray().Single();
        Assert.Equal(sha, after.GetProperty("sha256").GetString());
        Assert.Equal($"/api/v1/exercises/{id}/acta/v1.pdf", after.GetProperty("pdf").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(scan)), after.GetProperty("pdfSha256").GetString());
        Assert.Equal(scan, await anonymous.GetByteArrayAsync(after.GetProperty("pdf").GetString()));
    }

    [Fact]
    public async Task A_reopened_acta_keeps_its_number_and_a_new_approval_adds_a_version_while_the_old_bytes_stay()
    {
        var staff = await factory.CreateStaffClientAsync();
        var code = "RV" + Guid.NewGuid().ToString("N")[..6];
        var id = await CreateAsync(staff, code);
        foreach (var to in new[] { "en_revision", "enviada_aprobacion", "aprobada", "publicada" })
        {
            Assert.Equal(HttpStatusCode.OK, (await MoveAsync(staff, id, to, "paso")).StatusCode);
        }
        var anonymous = factory.CreateClient();
        var first = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/v1/actas?q={code}")).RootElement[0];
        var firstBytes = await anonymous.GetByteArrayAsync(first.GetProperty("docx").GetString());

        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(staff, id, "devuelta", "Hay un error en el objetivo")).StatusCode);
        var document = System.Text.Json.Nodes.JsonNode.Parse(await staff.GetStringAsync($"/api/v1/exercises/{id}"))!;
        document["objective"] = "Objetivo corregido";
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PutAsJsonAsync($"/api/v1/exercises/{id}", document)).StatusCode);
        foreach (var to in new[] { "en_revision", "enviada_aprobacion", "aprobada", "publicada" })
        {
            Assert.Equal(HttpStatusCode.OK, (await MoveAsync(staff, id, to, "paso")).StatusCode);
        }
        var acta = JsonDocument.Parse(await staff.GetStringAsync($"/api/v1/exercises/{id}/acta")).RootElement;
        Assert.Equal($"{code}.030.1.2.1", acta.GetProperty("number").GetString());
        Assert.Equal(2, acta.GetProperty("versions").GetArrayLength());
        var second = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/v1/actas?q={code}")).RootElement[0];
        Assert.NotEqual(first.GetProperty("sha256").GetString(), second.GetProperty("sha256").GetString());
        Assert.Equal(firstBytes, await anonymous.GetByteArrayAsync(first.GetProperty("docx").GetString()));
        Assert.Equal([2, 1], second.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal(first.GetProperty("sha256").GetString(), second.GetProperty("versions")[1].GetProperty("sha256").GetString());
        Assert.Equal(first.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(firstBytes)));
    }

    [Fact]
    public async Task A_role_that_may_not_approve_gets_403()
    {
        var admin = await factory.CreateStaffClientAsync();
        var code = "RL" + Guid.NewGuid().ToString("N")[..6];
        var id = await CreateAsync(admin, code);
        const string password = "Clave-Segura-2026";
        var email = $"art-{Guid.NewGuid():N}@pruebas.gov.co";
        (await admin.PostAsJsonAsync("/api/v1/users", new { email, password, name = "Articulador", roles = new[] { "articulador" }, dependencies = new[] { code } })).EnsureSuccessStatusCode();
        var articulador = await factory.CreateStaffClientAsync(email, password);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(articulador, id, "en_revision")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await MoveAsync(articulador, id, "enviada_aprobacion")).StatusCode);
    }

    [Fact]
    public async Task Approvals_racing_in_parallel_never_duplicate_or_skip_a_number()
    {
        var staff = await factory.CreateStaffClientAsync();
        var code = "RC" + Guid.NewGuid().ToString("N")[..6];
        var first = await CreateAsync(staff, code);
        var ids = new List<int> { first };
        var document = await staff.GetStringAsync($"/api/v1/exercises/{first}");
        for (var i = 0; i < 5; i++)
        {
            var copy = await staff.PostAsync("/api/v1/exercises", new StringContent(document, System.Text.Encoding.UTF8, "application/json"));
            ids.Add(JsonDocument.Parse(await copy.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32());
        }
        factory.WithDb(db =>
        {
            foreach (var e in db.Exercises.Where(e => ids.Contains(e.Id)))
            {
                e.Status = Rinde.Features.Exercises.ActaState.EnviadaAprobacion;
            }
            return db.SaveChanges();
        });
        // Each approval renders two DOCX, two pages and a PDF (Chromium, two at a time): on a busy
        // machine six take longer than HttpClient's 100 s. The test waits for all of them to
        // finish, whatever it takes, instead of betting on a duration.
        var racer = factory.CreateClient();
        racer.Timeout = Timeout.InfiniteTimeSpan;
        racer.DefaultRequestHeaders.Authorization = staff.DefaultRequestHeaders.Authorization;
        var responses = await Task.WhenAll(ids.Select(id => MoveAsync(racer, id, "aprobada")));
        foreach (var response in responses)
        {
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }
        var approved = factory.WithDb(db => db.Exercises.Where(e => ids.Contains(e.Id))
            .Select(e => new { e.ActaConsecutive, e.ActaNumber, e.Status, Versions = db.ActaVersions.Count(v => v.ExerciseId == e.Id) }).ToList());
        Assert.Equal(Enumerable.Range(1, ids.Count), approved.Select(a => a.ActaConsecutive!.Value).Order());
        Assert.Equal(ids.Count, approved.Select(a => a.ActaNumber).Distinct().Count());
        Assert.All(approved, a => Assert.Equal((Rinde.Features.Exercises.ActaState.Aprobada, 1), (a.Status, a.Versions)));
    }
}

public sealed class SqliteActaWorkflowTests(SqliteFactory factory) : ActaWorkflowTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresActaWorkflowTests(PostgresFactory factory) : ActaWorkflowTests(factory), IClassFixture<PostgresFactory>;
