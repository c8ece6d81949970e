using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Deployment;

/// <summary>
/// X-Forwarded-For counts only from a configured proxy (or loopback): from anyone else it is
/// ignored, so rotating it does not get a sender past the per-sender limit.
/// </summary>
public sealed class ForwardedHeadersTests
{
    /// <summary>The test server has no socket: the connection's address comes from a test header, before Rinde's pipeline.</summary>
    internal sealed class RemoteFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextStep) =>
            {
                if (context.Request.Headers.TryGetValue("X-Test-Remote", out var remote))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(remote.ToString());
                }
                return nextStep(context);
            });
            next(app);
        };
    }

    private static async Task<List<HttpStatusCode>> AskAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app, int exercise, string remote)
    {
        var client = app.CreateClient();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/exercises/{exercise}/questions")
            {
                Content = JsonContent.Create(new { text = $"¿Pregunta número {i} desde la red?", anonymous = true }),
            };
            request.Headers.Add("X-Test-Remote", remote);
            request.Headers.Add("X-Forwarded-For", $"192.0.2.{i + 1}");
            answers.Add((await client.SendAsync(request)).StatusCode);
        }
        return answers;
    }

    [Fact]
    public async Task Forwarded_addresses_count_only_from_a_known_proxy()
    {
        using var factory = new SqliteFactory();
        factory.Settings["Intake:PermitsPerMinute"] = "2";
        factory.Settings["ForwardedHeaders:KnownProxies:0"] = "203.0.113.7";
        using var app = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddTransient<IStartupFilter, RemoteFromHeader>()));
        var exercise = TestExercises.Create(factory, TestExercises.Tomorrow);

        // A stranger who makes up X-Forwarded-For is still one sender: the third question waits.
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], await AskAsync(app, exercise, "198.51.100.20"));
        // Behind the known proxy, three citizens are three senders.
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created], await AskAsync(app, exercise, "203.0.113.7"));
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/99", "ForwardedHeaders__KnownNetworks__0")]
    [InlineData("ForwardedHeaders:KnownProxies:0", "proxy.interno", "ForwardedHeaders__KnownProxies__0")]
    public void An_unreadable_proxy_setting_stops_the_start_naming_the_variable(string key, string value, string variable)
    {
        using var factory = new SqliteFactory();
        factory.Settings[key] = value;
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains(variable, error.ToString());
    }
}
