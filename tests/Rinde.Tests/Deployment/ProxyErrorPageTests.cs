using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace Rinde.Tests.Deployment;

/// <summary>deploy/nginx.conf with no node answering: a Spanish 503 page that says what to do, never nginx's English one.</summary>
public sealed class ProxyErrorPageTests
{
    private static Uri ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");
    }

    [Fact]
    public async Task With_every_node_down_pages_and_posts_get_a_spanish_503_with_retry_after()
    {
        using var proxy = new NginxProxy(ClosedPort(), ClosedPort());
        await proxy.StartAsync();
        using var client = new HttpClient { BaseAddress = proxy.BaseAddress };

        foreach (var response in new[]
        {
            await client.GetAsync("/ejercicios/1"),
            await client.PostAsJsonAsync("/api/v1/exercises/1/questions", new { text = "¿Llegó mi pregunta?", anonymous = true }),
        })
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Contains("lang=\"es-CO\"", body);
            Assert.Contains("Rinde no responde por un momento", body);
            Assert.Contains("enlace de seguimiento", body);
            Assert.DoesNotContain("Bad Gateway", body);
        }
    }
}
