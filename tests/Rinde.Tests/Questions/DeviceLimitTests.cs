using System.Net;
using System.Net.Http.Json;
using Rinde.Features.Questions.Intake;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Questions;

/// <summary>
/// The intake limit counts devices (the form's cookie) within a wider budget of their address:
/// an auditorium behind one address asks at once, one device or a cookieless script cannot flood.
/// In-process clients all share one address, as an auditorium behind the entity's Wi-Fi does.
/// </summary>
public abstract class DeviceLimitTests(Func<RindeFactory> create)
{
    private RindeFactory Factory(int perDevice, int perAddress)
    {
        var factory = create();
        factory.Clock = TestClocks.InsideOneMinute();
        factory.Settings["Intake:PermitsPerMinute"] = perDevice.ToString(System.Globalization.CultureInfo.InvariantCulture);
        factory.Settings["Intake:AddressPermitsPerMinute"] = perAddress.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return factory;
    }

    /// <summary>A browser that opened the exercise's page, so it holds the form's device cookie.</summary>
    private static async Task<HttpClient> DeviceAsync(RindeFactory factory, int exercise)
    {
        var client = factory.CreateClient();
        var page = await client.GetAsync($"/ejercicios/{exercise}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith(IntakeDevices.CookieName + "=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        return client;
    }

    private static Task<HttpResponseMessage> AskAsync(HttpClient client, int exercise, string text) =>
        client.PostAsJsonAsync($"/api/v1/exercises/{exercise}/questions", new { text, anonymous = true });

    [Fact]
    public async Task Two_hundred_senders_behind_one_address_all_ask_with_the_default_limits()
    {
        using var factory = Factory(perDevice: new IntakeOptions().PermitsPerMinute, perAddress: new IntakeOptions().AddressPermitsPerMinute);
        var exercise = TestExercises.Create(factory, TestExercises.Tomorrow);
        var devices = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => DeviceAsync(factory, exercise)));

        var answers = await Task.WhenAll(devices.Select((d, i) => AskAsync(d, exercise, $"¿Pregunta del asistente {i}?")));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        Assert.Equal(200, factory.WithDb(db => db.CitizenQuestions.Count(q => q.ExerciseId == exercise)));
        // A cookieless script behind the same address still has only one device's budget.
        var script = factory.CreateClient(new() { HandleCookies = false });
        var scripted = new List<HttpStatusCode>();
        for (var i = 0; i < new IntakeOptions().PermitsPerMinute + 1; i++)
        {
            scripted.Add((await AskAsync(script, exercise, $"¿Guion {i}?")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, scripted[^1]);
        Assert.All(scripted[..^1], s => Assert.Equal(HttpStatusCode.Created, s));
    }

    [Fact]
    public async Task One_device_is_held_to_its_budget_and_the_address_to_the_wider_one()
    {
        using var factory = Factory(perDevice: 3, perAddress: 8);
        var exercise = TestExercises.Create(factory, TestExercises.Tomorrow);
        var first = await DeviceAsync(factory, exercise);
        var others = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => DeviceAsync(factory, exercise)));

        var own = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            own.Add((await AskAsync(first, exercise, $"¿Mía {i}?")).StatusCode);
        }
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], own);
        var tooFast = await AskAsync(first, exercise, "¿Otra más?");
        Assert.True(tooFast.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("demasiadas preguntas", await tooFast.Content.ReadAsStringAsync());

        // The address counts what its devices' budgets let through (a flooding device does not use
        // up the auditorium's budget): 3 so far, 5 more fit.
        var rest = new List<HttpStatusCode>();
        foreach (var device in others)
        {
            rest.Add((await AskAsync(device, exercise, "¿Desde otro equipo?")).StatusCode);
        }
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created,
            HttpStatusCode.Created, HttpStatusCode.TooManyRequests], rest);
    }

    [Fact]
    public async Task A_forged_device_cookie_counts_as_no_device()
    {
        using var factory = Factory(perDevice: 2, perAddress: 100);
        var exercise = TestExercises.Create(factory, TestExercises.Tomorrow);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var forger = factory.CreateClient(new() { HandleCookies = false });
            forger.DefaultRequestHeaders.Add("Cookie", $"{IntakeDevices.CookieName}=falso{i}{new string('x', i * 300)}");
            statuses.Add((await AskAsync(forger, exercise, $"¿Falsa {i}?")).StatusCode);
        }
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
    }
}

public sealed class SqliteDeviceLimitTests() : DeviceLimitTests(() => new SqliteFactory());

public sealed class PostgresDeviceLimitTests() : DeviceLimitTests(() => new PostgresFactory());
