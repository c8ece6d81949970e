using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rinde.Features.Survey.Import;
using Rinde.Infrastructure;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Survey;

/// <summary>
/// Survey imports as job rows: queued, held by one node under a lease, done or failed; a job
/// whose node went silent is taken over and imported whole, or reported failed, never in part.
/// </summary>
public abstract class ImportJobTests(RindeFactory factory)
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_job_is_queued_then_held_by_one_node_and_a_stale_lease_is_taken_over()
    {
        var exercise = TestExercises.Create(factory, TestExercises.Tomorrow);
        var kind = "prueba-" + Guid.NewGuid().ToString("N")[..8]; // no worker takes this kind
        var (a, b) = (new NodeIdentity(), new NodeIdentity());
        var now = DateTime.UtcNow;
        var id = await AddJobAsync(kind, exercise, now);
        Task<JobTake?> Claim(NodeIdentity node, DateTime at) => factory.WithDbAsync(db => BackgroundJobs.ClaimAsync(db, kind, node, at, Lease, default));
        BackgroundJob Row() => factory.WithDb(db => db.Set<BackgroundJob>().AsNoTracking().Single(j => j.Id == id));
        Task<bool> Renew(JobTake take, DateTime until) => factory.WithDbAsync(db =>
            Leases.RenewAsync(db.Set<BackgroundJob>().Where(j => j.Id == id), take.Owner, until, s => s.SetProperty(j => j.Progress, 7), default));

        Assert.Equal(JobState.Queued, Row().State);
        var byA = (await Claim(a, now))!.Value;
        Assert.Equal(id, byA.Id);
        Assert.Equal((JobState.Running, (Guid?)byA.Owner, a.Name, 1), (Row().State, Row().LeaseOwner, Row().Node, Row().Attempts));
        Assert.Null(await Claim(b, now.AddSeconds(10)));
        Assert.True(await Renew(byA, now.AddSeconds(40)));
        Assert.Equal(7, Row().Progress);
        Assert.Null(await Claim(b, now.AddSeconds(35)));

        // A went silent: once its lease ends, B takes the job, and A can neither renew nor end it.
        var byB = (await Claim(b, now.AddSeconds(41)))!.Value;
        Assert.Equal((id, b.Name), (byB.Id, Row().Node));
        Assert.False(await Renew(byA, now.AddSeconds(80)));
        Assert.False(await factory.WithDbAsync(db => BackgroundJobs.FinishAsync(db, byA, "{\"de\":\"A\"}", 1, now, default)));
        Assert.False(await factory.WithDbAsync(db => BackgroundJobs.FailAsync(db, byA, "A falló", now, default)));
        Assert.True(await factory.WithDbAsync(db => BackgroundJobs.FinishAsync(db, byB, "{\"de\":\"B\"}", 9, now.AddSeconds(45), default)));

        var done = Row();
        Assert.Equal((JobState.Done, 2, "{\"de\":\"B\"}", 9, (Guid?)null, (DateTime?)null), (done.State, done.Attempts, done.Result, done.Progress, done.LeaseOwner, done.LeaseUntil));
        Assert.Null(await Claim(a, now.AddDays(1)));
    }

    [Fact]
    public async Task Nodes_claiming_at_once_take_each_job_exactly_once()
    {
        var exercise = TestExercises.Create(factory, TestExercises.Tomorrow);
        var kind = "prueba-" + Guid.NewGuid().ToString("N")[..8];
        var now = DateTime.UtcNow;
        var ids = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            ids.Add(await AddJobAsync(kind, exercise, now.AddMilliseconds(i)));
        }
        async Task<List<Guid>> DrainAsync(NodeIdentity node)
        {
            var taken = new List<Guid>();
            while (await factory.WithDbAsync(db => BackgroundJobs.ClaimAsync(db, kind, node, now, Lease, default)) is { } take)
            {
                taken.Add(take.Id);
            }
            return taken;
        }

        var takes = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => DrainAsync(new NodeIdentity()))));

        Assert.Equal(ids.Order(), takes.SelectMany(t => t).Order());
        Assert.All(factory.WithDb(db => db.Set<BackgroundJob>().Where(j => j.Kind == kind).ToList()), j => Assert.Equal(1, j.Attempts));
    }

    [Fact]
    public async Task An_async_import_is_polled_until_done_and_leaves_no_file_behind()
    {
        var client = await factory.CreateStaffClientAsync();
        var exercise = TestExercises.Create(factory, TestExercises.Tomorrow);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(SurveyFiles.GoogleDownload()), "file", "respuestas.csv" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/exercises/{exercise}/survey/import") { Content = form };
        request.Headers.Add("Prefer", "respond-async");

        var accepted = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var first = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(first.GetProperty("state").GetString(), new[] { "queued", "running", "done" });
        var done = await PollAsync(client, accepted.Headers.Location!.OriginalString);
        Assert.Equal(("done", 6, 0, "Se importaron 6 respuestas."),
            (done.GetProperty("state").GetString(), done.GetProperty("imported").GetInt32(), done.GetProperty("rejectedCount").GetInt32(), done.GetProperty("message").GetString()));
        Assert.Equal(6, await SurveySetup.CountAsync(factory, exercise));
        var job = factory.WithDb(db => db.Set<BackgroundJob>().AsNoTracking().Single(j => j.ExerciseId == exercise));
        Assert.Equal((1, (Guid?)null, (Guid?)null), (job.Attempts, job.FileId, job.LeaseOwner));
        Assert.NotNull(job.StartedAt);
        Assert.NotNull(job.FinishedAt);
        Assert.Equal(factory.Services.GetRequiredService<NodeIdentity>().Name, job.Node);
        Assert.Equal(0, factory.WithDb(db => db.Files.Count(f => f.FileName == $"encuesta-{exercise}.upload")));
    }

    [Fact]
    public async Task The_job_of_a_node_that_died_is_imported_whole_or_reported_failed()
    {
        var client = await factory.CreateStaffClientAsync();
        var resumed = TestExercises.Create(factory, TestExercises.Tomorrow);
        var abandoned = TestExercises.Create(factory, TestExercises.Tomorrow);
        var maxAttempts = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<JobOptions>>().Value.MaxAttempts;
        // Held by nodes that stopped answering: once by one, and by as many as a job is given.
        var first = await DeadNodeJobAsync(resumed, attempts: 1);
        var last = await DeadNodeJobAsync(abandoned, attempts: maxAttempts);
        factory.Services.GetRequiredService<LocalImports>().Queued();

        var done = await PollAsync(client, $"/api/v1/exercises/{resumed}/survey/imports/{first}");
        var failed = await PollAsync(client, $"/api/v1/exercises/{abandoned}/survey/imports/{last}");

        Assert.Equal(("done", 6), (done.GetProperty("state").GetString(), done.GetProperty("imported").GetInt32()));
        Assert.Equal(6, await SurveySetup.CountAsync(factory, resumed));
        Assert.Equal(2, factory.WithDb(db => db.Set<BackgroundJob>().Single(j => j.Id == first).Attempts));
        Assert.Equal("failed", failed.GetProperty("state").GetString());
        Assert.Equal(ImportRunner.Interrupted(maxAttempts), failed.GetProperty("message").GetString());
        Assert.Contains("no se importó nada", failed.GetProperty("message").GetString());
        Assert.Equal(0, await SurveySetup.CountAsync(factory, abandoned));
        Assert.Equal(0, factory.WithDb(db => db.Files.Count(f => f.FileName == $"encuesta-{resumed}.upload" || f.FileName == $"encuesta-{abandoned}.upload")));
    }

    [Fact]
    public async Task A_node_that_lost_its_job_imports_nothing()
    {
        var exercise = TestExercises.Create(factory, TestExercises.Tomorrow);
        var path = await LocalFileAsync(SurveyFiles.GoogleDownload());
        JobTake take;
        using (var scope = factory.Services.CreateScope())
        {
            take = await scope.ServiceProvider.GetRequiredService<SurveyImportJobs>().StartHereAsync(exercise, path, "prueba", default);
        }
        var id = take.Id;
        var other = Guid.NewGuid();
        await factory.WithDbAsync(db => db.Set<BackgroundJob>().Where(j => j.Id == id).ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseOwner, other)));

        await factory.Services.GetRequiredService<ImportRunner>().RunAsync(take, default);

        Assert.Equal(0, await SurveySetup.CountAsync(factory, exercise));
        Assert.Equal((JobState.Running, (Guid?)other), factory.WithDb(db => db.Set<BackgroundJob>().Where(j => j.Id == id).Select(j => new { j.State, j.LeaseOwner }).AsEnumerable()
            .Select(j => (j.State, j.LeaseOwner)).Single()));

        // The end of a job is written in the import's transaction: when it cannot be, no response stays.
        path = await LocalFileAsync(SurveyFiles.GoogleDownload());
        using (var scope = factory.Services.CreateScope())
        {
            var importer = scope.ServiceProvider.GetRequiredService<SurveyImporter>();
            await Assert.ThrowsAsync<InvalidOperationException>(() => importer.ImportAsync(path, exercise, "prueba", null,
                (_, _) => throw new InvalidOperationException("perdió la importación"), default));
        }
        Assert.Equal(0, await SurveySetup.CountAsync(factory, exercise));
        File.Delete(path);
    }

    [Theory]
    [InlineData("otro-ejercicio")]
    [InlineData("../../rinde.db")]
    [InlineData("\u0001\u0000\u001b[31m")]
    [InlineData("enorme")]
    [InlineData("")]
    public async Task A_confirmation_names_only_a_draft_of_its_own_exercise(string token)
    {
        var browser = await StaffBrowser.SignInAsync(factory);
        var exercise = TestExercises.Create(factory, TestExercises.Tomorrow);
        var elsewhere = TestExercises.Create(factory, TestExercises.Tomorrow);
        var page = $"/staff/ejercicios/{exercise}/encuesta/importar";
        var preview = await StaffBrowser.ParseAsync(await browser.SubmitAsync(page, [], "Preview", ("archivo", "r.csv", SurveyFiles.GoogleDownload())));
        var action = preview.QuerySelector("form[action*='handler=Import']")!.GetAttribute("action")!;
        var draft = preview.QuerySelector("input[name=archivo]")!.GetAttribute("value")!;
        var foreign = await StaffBrowser.ParseAsync(await browser.SubmitAsync($"/staff/ejercicios/{elsewhere}/encuesta/importar", [], "Preview", ("archivo", "r.csv", SurveyFiles.GoogleDownload())));
        var value = token switch
        {
            "otro-ejercicio" => foreign.QuerySelector("input[name=archivo]")!.GetAttribute("value")!,
            "enorme" => new string('f', 100_000),
            _ => token,
        };

        var response = await browser.SubmitAsync(preview, "form[action*='handler=Import']", action, ("archivo", value));

        // Control characters never reach the page (the form binding refuses them); any other token names no draft here.
        var refused = await StaffBrowser.ParseAsync(response);
        if (value.Any(char.IsControl))
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
        else
        {
            Assert.Contains("ya no está", refused.QuerySelector("main")!.TextContent);
        }
        Assert.Equal(2, factory.WithDb(db => db.Set<BackgroundJob>().Count(j => (j.ExerciseId == exercise || j.ExerciseId == elsewhere) && j.State == JobState.Draft)));
        Assert.Equal(0, await SurveySetup.CountAsync(factory, elsewhere));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync(preview, "form[action*='handler=Import']", action, ("archivo", draft))).StatusCode);
    }

    [Fact]
    public async Task A_job_is_found_only_within_its_exercise()
    {
        var client = await factory.CreateStaffClientAsync();
        var exercise = TestExercises.Create(factory, TestExercises.Tomorrow);
        var other = TestExercises.Create(factory, TestExercises.Tomorrow);
        var id = await AddJobAsync(SurveyImportJobs.Kind + "-no", exercise, DateTime.UtcNow);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(SurveyFiles.GoogleDownload()), "file", "respuestas.csv" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/exercises/{exercise}/survey/import") { Content = form };
        request.Headers.TryAddWithoutValidation("Prefer", string.Join(",", Enumerable.Repeat("respond-asyncx", 500)));
        var sync = await client.SendAsync(request); // not a request to answer early: imported in the request
        Assert.Equal(HttpStatusCode.OK, sync.StatusCode);
        var job = factory.WithDb(db => db.Set<BackgroundJob>().Single(j => j.ExerciseId == exercise && j.Kind == SurveyImportJobs.Kind).Id);

        foreach (var url in new[]
        {
            $"/api/v1/exercises/{other}/survey/imports/{job}", $"/api/v1/exercises/{exercise}/survey/imports/{id}",
            $"/api/v1/exercises/{exercise}/survey/imports/{Guid.NewGuid()}", $"/api/v1/exercises/{exercise}/survey/imports/..%2F..%2Frinde.db",
            $"/api/v1/exercises/{exercise}/survey/imports/{new string('a', 5000)}",
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        }
        var found = await client.GetFromJsonAsync<JsonElement>($"/api/v1/exercises/{exercise}/survey/imports/{job}");
        Assert.Equal(("done", 6), (found.GetProperty("state").GetString(), found.GetProperty("imported").GetInt32()));
        var missing = await client.GetAsync($"/api/v1/exercises/{other}/survey/imports/{job}");
        Assert.Contains("No existe esa importación", (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    private async Task<Guid> AddJobAsync(string kind, int exercise, DateTime createdAt)
    {
        var id = Guid.NewGuid();
        await factory.WithDbAsync(async db =>
        {
            db.Add(new BackgroundJob { Id = id, Kind = kind, State = JobState.Queued, ExerciseId = exercise, RequestedBy = "prueba", CreatedAt = createdAt });
            return await db.SaveChangesAsync();
        });
        return id;
    }

    /// <summary>A queued import, then held as a node does that stopped answering a minute ago.</summary>
    private async Task<Guid> DeadNodeJobAsync(int exercise, int attempts)
    {
        var path = await LocalFileAsync(SurveyFiles.GoogleDownload());
        Guid id;
        using (var scope = factory.Services.CreateScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<SurveyImportJobs>().DraftAsync(exercise, path, RindeFactory.AdminEmail, 6, default);
        }
        File.Delete(path);
        var past = DateTime.UtcNow.AddMinutes(-1);
        await factory.WithDbAsync(db => db.Set<BackgroundJob>().Where(j => j.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, JobState.Running).SetProperty(j => j.LeaseOwner, Guid.NewGuid()).SetProperty(j => j.LeaseUntil, past)
            .SetProperty(j => j.Attempts, attempts).SetProperty(j => j.Node, "nodo-muerto/1")));
        return id;
    }

    private async Task<string> LocalFileAsync(byte[] bytes)
    {
        var path = Path.Combine(factory.DataDir, $"prueba-{Guid.NewGuid():N}.csv");
        await File.WriteAllBytesAsync(path, bytes);
        return path;
    }

    /// <summary>Polls the job until it is done or failed (a minute at most).</summary>
    private static async Task<JsonElement> PollAsync(HttpClient client, string url)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            var job = await client.GetFromJsonAsync<JsonElement>(url);
            if (job.GetProperty("state").GetString() is "done" or "failed" || DateTime.UtcNow > deadline)
            {
                return job;
            }
            await Task.Delay(100);
        }
    }
}

public sealed class SqliteImportJobTests(SqliteFactory factory) : ImportJobTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresImportJobTests(PostgresFactory factory) : ImportJobTests(factory), IClassFixture<PostgresFactory>;
