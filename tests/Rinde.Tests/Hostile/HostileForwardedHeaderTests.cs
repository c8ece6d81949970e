using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Rinde.Tests.Deployment;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Hostile;

/// <summary>Made-up X-Forwarded-For and X-Forwarded-Proto, even through a trusted proxy, never break a request.</summary>
public sealed class HostileForwardedHeaderTests
{
    public static TheoryData<string> Payloads => ["no-es-una-ip", "::::::", "1.2.3.4, , ,,", new string('9', 20_000), "999.999.999.999", "\"><script>", "unknown"];

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task A_question_through_the_proxy_with_a_hostile_forwarded_header_is_answered_normally(string payload)
    {
        using var factory = new SqliteFactory();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddTransient<IStartupFilter, ForwardedHeadersTests.RemoteFromHeader>()));
        var exercise = TestExercises.Create(factory, TestExercises.Tomorrow);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/exercises/{exercise}/questions")
        {
            Content = JsonContent.Create(new { text = "¿Llega bien mi pregunta?", anonymous = true }),
        };
        request.Headers.Add("X-Test-Remote", "127.0.0.1");
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", payload);
        request.Headers.TryAddWithoutValidation("X-Forwarded-Proto", payload);
        var response = await app.CreateClient().SendAsync(request);
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.BadRequest, response.StatusCode.ToString());
    }
}
