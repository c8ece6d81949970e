using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Rinde.Tests.Infrastructure;
using Rinde.Tests.Survey;

namespace Rinde.Tests.Deployment;

/// <summary>
/// Two real nodes on one PostgreSQL behind nginx: a survey import started through the proxy
/// whose node is killed (SIGKILL) when every row is written but not committed is resumed by
/// the other node or reported failed, and the exercise holds every response of the file or none.
/// </summary>
public sealed class ProxiedImportTests : IAsyncLifetime
{
    private const int Rows = 20_000;
    private readonly ProcessDatabase _database = ProcessDatabase.Postgres();
    private readonly List<RindeProcess> _nodes = [];
    private NginxProxy _proxy = null!;

    public async Task InitializeAsync()
    {
        for (var i = 0; i < 2; i++)
        {
            var environment = _database.Environment();
            environment["RINDE_ADMIN_EMAIL"] = RindeFactory.AdminEmail;
            environment["RINDE_ADMIN_PASSWORD"] = RindeFactory.AdminPassword;
            environment["RINDE_DEMO"] = "false";
            // A short lease, so the survivor takes the job over within seconds of the death.
            environment["Jobs__Lease"] = "00:00:05";
            environment["Jobs__Heartbeat"] = "00:00:00.5";
            environment["Jobs__PollInterval"] = "00:00:00.5";
            var node = new RindeProcess(environment);
            await node.StartAsync(); // one after the other: the first migrates
            _nodes.Add(node);
        }
        _proxy = new NginxProxy(_nodes[0].BaseAddress, _nodes[1].BaseAddress);
        await _proxy.StartAsync();
    }

    public async Task DisposeAsync()
    {
        _proxy.Dispose();
        _nodes.ForEach(n => n.Dispose());
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task An_import_whose_node_dies_before_its_commit_is_imported_whole_or_reported_by_the_other_node()
    {
        var api = new HttpClient { BaseAddress = _proxy.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var token = await (await api.PostAsJsonAsync("/api/v1/auth/token", new { email = RindeFactory.AdminEmail, password = RindeFactory.AdminPassword }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<RindeFactory.TokenResponse>();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        int exercise;
        await using (var db = _database.Open())
        {
            exercise = TestExercises.Create(db, TestExercises.Tomorrow);
        }
        // The survey's questions and options exist already (a year earlier), so the import below
        // writes nothing the audit log records before its own entry at the very end.
        try
        {
            await SurveySetup.ImportAsync(api, exercise, SurveyFiles.GoogleDownload(SurveyFiles.Rows.Select(r => r with { Local = r.Local.AddYears(-1) })));
        }
        catch (Exception e)
        {
            throw new InvalidOperationException(e.Message + "\n" + string.Join("\n----\n", _nodes.Select(n => n.Output)), e);
        }
        await using var server = new NpgsqlConnection(_database.PostgresConnection);
        await server.OpenAsync();
        // A loaded machine may let that job's lease lapse and hand it to a second take: it ends anyway.
        await UntilAsync(() => ScalarAsync<string>(server,
            $"""SELECT 'fin' WHERE NOT EXISTS (SELECT 1 FROM "BackgroundJobs" WHERE "ExerciseId" = {exercise} AND "State" IN ('Queued', 'Running'))"""),
            "el fin de la primera importación");

        // Held until the import is taken: it then waits on the exercise, its first write.
        var exerciseLock = await LockAsync(await OpenAsync(), $"""SELECT 1 FROM "Exercises" WHERE "Id" = {exercise} FOR UPDATE""");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(SurveyFiles.GoogleDownload(SurveyFiles.Many(Rows))), "file", "respuestas.csv" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/exercises/{exercise}/survey/import") { Content = form };
        request.Headers.Add("Prefer", "respond-async");
        var accepted = await api.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, accepted.StatusCode);
        var job = accepted.Headers.Location!.OriginalString;
        var jobId = job[(job.LastIndexOf('/') + 1)..];
        var holder = await UntilAsync(() => ScalarAsync<string>(server,
            $"""SELECT "Node" FROM "BackgroundJobs" WHERE "ExerciseId" = {exercise} AND "State" = 'Running' AND "Kind" = 'survey-import'"""), "la importación tomada");
        var dying = _nodes.Single(n => holder.EndsWith($"/{n.ProcessId}", StringComparison.Ordinal));

        // Every row written in the import's transaction, which waits for the audit log at its end.
        var auditLock = await LockAsync(await OpenAsync(), """LOCK TABLE "AuditEntries" IN SHARE MODE""");
        await exerciseLock.RollbackAsync();
        var read = await UntilAsync(async () => (await api.GetFromJsonAsync<JsonElement>(job)).GetProperty("read").GetInt32() is Rows ? "todas" : null,
            "el avance de todas las filas, leído por el balanceador");
        await UntilAsync(() => ScalarAsync<string>(server, """
            SELECT 'esperando' FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%INSERT INTO "AuditEntries"%'
            """), "la importación esperando su confirmación");
        dying.Kill();
        await auditLock.RollbackAsync();

        await UntilAsync(async () => (await api.GetFromJsonAsync<JsonElement>(job)).GetProperty("state").GetString() is "done" or "failed" ? "fin" : null,
            "el fin de la importación en el otro nodo");
        var end = await api.GetFromJsonAsync<JsonElement>(job);
        var responses = await ScalarAsync<long?>(server, $"""SELECT COALESCE(SUM("Count"), 0) FROM "SurveyResponseBlocks" WHERE "ExerciseId" = {exercise}""");
        var message = end.GetProperty("message").GetString();
        if (end.GetProperty("state").GetString() == "done")
        {
            Assert.Equal(6 + Rows, responses);
            Assert.Equal($"Se importaron {Rinde.Infrastructure.EsCo.Count(Rows)} respuestas.", message);
            var survivor = _nodes.Single(n => n != dying);
            Assert.EndsWith($"/{survivor.ProcessId}", await ScalarAsync<string>(server, $"""SELECT "Node" FROM "BackgroundJobs" WHERE "Id" = '{jobId}'::uuid AND "State" = 'Done'"""));
        }
        else
        {
            Assert.Equal(6, responses);
            Assert.Contains("no se importó nada", message);
        }
        Assert.Equal("todas", read);
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(_database.PostgresConnection);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>A lock held by a transaction of the test, on a connection of its own, until it rolls back.</summary>
    private static async Task<NpgsqlTransaction> LockAsync(NpgsqlConnection connection, string sql)
    {
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync();
        return transaction;
    }

    private static async Task<T?> ScalarAsync<T>(NpgsqlConnection server, string sql)
    {
        await using var command = new NpgsqlCommand(sql, server);
        return await command.ExecuteScalarAsync() is T value ? value : default;
    }

    /// <summary>Awaits a condition (two minutes at most): the machine is shared, so no fixed wait.</summary>
    private static async Task<string> UntilAsync(Func<Task<string?>> probe, string what)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (await probe() is { } value)
            {
                return value;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"No llegó {what} en 2 minutos.");
    }
}
