using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Deployment;

/// <summary>
/// Production as docs/deploy.md describes it: two real Rinde processes on one PostgreSQL behind
/// Debian's nginx (deploy/nginx.conf), round-robin. Whatever node a request lands on, staff work
/// on, a file uploaded to one node downloads from the other, and a desk whose node dies reconnects through the proxy and loses no event.
/// </summary>
public sealed class ProxiedNodesTests : IAsyncLifetime
{
    private readonly ProcessDatabase _database = ProcessDatabase.Postgres();
    private RindeProcess _a = null!;
    private RindeProcess _b = null!;
    private NginxProxy _proxy = null!;

    private RindeProcess Node()
    {
        var environment = _database.Environment();
        environment["RINDE_ADMIN_EMAIL"] = RindeFactory.AdminEmail;
        environment["RINDE_ADMIN_PASSWORD"] = RindeFactory.AdminPassword;
        environment["RINDE_DEMO"] = "false";
        environment["Intake__PermitsPerMinute"] = "100000";
        return new RindeProcess(environment);
    }

    public async Task InitializeAsync()
    {
        _a = Node();
        await _a.StartAsync(); // the first node migrates the new database
        _b = Node();
        await _b.StartAsync();
        _proxy = new NginxProxy(_a.BaseAddress, _b.BaseAddress);
        await _proxy.StartAsync();
    }

    public async Task DisposeAsync()
    {
        _proxy.Dispose();
        _a.Dispose();
        _b.Dispose();
        await _database.DisposeAsync();
    }

    private HttpClient Client(bool redirects = true) => new(new HttpClientHandler { AllowAutoRedirect = redirects, CookieContainer = new CookieContainer() })
    {
        BaseAddress = _proxy.BaseAddress, Timeout = TimeSpan.FromSeconds(30),
    };

    [Fact]
    public async Task Staff_sign_in_and_work_whichever_node_answers()
    {
        var browser = Client(redirects: false);
        var form = await new HtmlParser().ParseDocumentAsync(await browser.GetStringAsync("/cuenta/ingresar"));
        var signIn = await browser.PostAsync("/cuenta/ingresar", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = RindeFactory.AdminEmail, ["Password"] = RindeFactory.AdminPassword,
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        for (var i = 0; i < 6; i++) // round-robin: every node serves some of these
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/staff")).StatusCode);
        }

        var api = Client();
        var token = await (await api.PostAsJsonAsync("/api/v1/auth/token", new { email = RindeFactory.AdminEmail, password = RindeFactory.AdminPassword }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<RindeFactory.TokenResponse>();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/exercises")).StatusCode);
        }
    }

    /// <summary>Several 1 MB chunks in the database: uploaded to node A, read whole from node B and through the proxy.</summary>
    [Fact]
    public async Task A_file_uploaded_through_one_node_downloads_through_the_other()
    {
        var bytes = new byte[3 * 1024 * 1024 + 123];
        Random.Shared.NextBytes(bytes);
        "%PDF-1.4\n"u8.CopyTo(bytes);
        var token = await (await new HttpClient { BaseAddress = _a.BaseAddress }.PostAsJsonAsync("/api/v1/auth/token",
            new { email = RindeFactory.AdminEmail, password = RindeFactory.AdminPassword })).EnsureSuccessStatusCode()
            .Content.ReadFromJsonAsync<RindeFactory.TokenResponse>();
        HttpClient On(Uri node) => new() { BaseAddress = node, DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken) } };
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", "acta-firmada.pdf" } };

        var created = await On(_a.BaseAddress).PostAsync("/api/v1/files", form);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var file = await created.Content.ReadFromJsonAsync<Rinde.Features.Files.FilesApi.Uploaded>();
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), file!.Sha256);
        Assert.Equal(bytes, await On(_b.BaseAddress).GetByteArrayAsync($"/api/v1/files/{file.Id}"));
        for (var i = 0; i < 4; i++) // round-robin through the proxy: both nodes
        {
            Assert.Equal(bytes, await On(_proxy.BaseAddress).GetByteArrayAsync($"/api/v1/files/{file.Id}"));
        }
    }

    [Fact]
    public async Task A_desk_whose_node_dies_reconnects_through_the_proxy_and_misses_no_event()
    {
        int exercise;
        await using (var db = _database.Open())
        {
            exercise = TestExercises.Create(db, TestExercises.Tomorrow);
        }
        var api = Client();
        var token = await (await api.PostAsJsonAsync("/api/v1/auth/token", new { email = RindeFactory.AdminEmail, password = RindeFactory.AdminPassword }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<RindeFactory.TokenResponse>();
        var citizen = Client();
        var seen = new List<long>();
        var lastId = "";
        async Task<SseReader> ConnectAsync()
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/exercises/{exercise}/questions/stream");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
            if (lastId.Length > 0)
            {
                request.Headers.Add("Last-Event-ID", lastId);
            }
            var response = await api.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            return new SseReader(await response.Content.ReadAsStreamAsync());
        }
        async Task AskAsync(int n) =>
            (await citizen.PostAsJsonAsync($"/api/v1/exercises/{exercise}/questions", new { text = $"Pregunta {n} por el balanceador", anonymous = true }))
                .EnsureSuccessStatusCode();

        var desk = await ConnectAsync();
        // Each node in turn dies while the desk listens; whichever held the stream, the desk
        // reconnects with Last-Event-ID and gets every question in order.
        foreach (var (dying, number) in new[] { (_a, 1), (_b, 3) })
        {
            await AskAsync(number);
            dying.Kill();
            await AskAsync(number + 1);
            while (seen.Count < number + 1)
            {
                SseReader.Event ev;
                try
                {
                    ev = await desk.NextAsync(TimeSpan.FromSeconds(30));
                }
                catch (Exception ex) when (ex is EndOfStreamException or IOException or HttpRequestException)
                {
                    desk.Dispose();
                    desk = await ConnectAsync();
                    continue;
                }
                if (ev.Id is { Length: > 0 } id)
                {
                    seen.Add(long.Parse(id, System.Globalization.CultureInfo.InvariantCulture));
                    lastId = id;
                }
            }
            await dying.StartAsync();
        }
        desk.Dispose();
        Assert.Equal([1L, 2L, 3L, 4L], seen);
    }
}
