using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Rinde.Tests.Infrastructure;

/// <summary>
/// With OTEL_EXPORTER_OTLP_ENDPOINT set, Rinde's metrics and traces reach a collector over
/// OTLP; this collector is a real HTTP server on loopback that keeps what it is sent.
/// </summary>
public sealed class TelemetryTests
{
    private sealed class Collector : IAsyncDisposable
    {
        private readonly WebApplication _app;

        public ConcurrentQueue<(string Path, byte[] Body)> Received { get; } = new();

        public Collector()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            _app = builder.Build();
            _app.MapPost("/v1/{signal}", async (HttpRequest request) =>
            {
                using var body = new MemoryStream();
                await request.Body.CopyToAsync(body);
                Received.Enqueue((request.Path, body.ToArray()));
                foreach (var (path, text, arrived) in _waiters)
                {
                    if (Holds(path, text))
                    {
                        arrived.TrySetResult();
                    }
                }
                return Results.Ok();
            });
        }

        public string Address => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

        public Task StartAsync() => _app.StartAsync();

        private readonly ConcurrentBag<(string Path, string Text, TaskCompletionSource Arrived)> _waiters = [];

        /// <summary>Completes once a request to path carries text (already received or still to come).</summary>
        public Task ArrivalAsync(string path, string text)
        {
            var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((path, text, arrived));
            if (Holds(path, text))
            {
                arrived.TrySetResult();
            }
            return arrived.Task;
        }

        private bool Holds(string path, string text) =>
            Received.Any(r => r.Path == path && Encoding.UTF8.GetString(r.Body).Contains(text, StringComparison.Ordinal));

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }

    [Fact]
    public async Task Questions_received_and_the_requests_that_brought_them_reach_the_collector()
    {
        await using var collector = new Collector();
        await collector.StartAsync();
        using var factory = new SqliteFactory();
        factory.Settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Address;
        factory.Settings["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        factory.Settings["OTEL_METRIC_EXPORT_INTERVAL"] = "200";
        factory.Settings["OTEL_BSP_SCHEDULE_DELAY"] = "200";
        var exercise = TestExercises.Create(factory, TestExercises.Tomorrow);
        (await factory.CreateClient().PostAsJsonAsync($"/api/v1/exercises/{exercise}/questions",
            new { text = "¿Llega la métrica?", anonymous = true })).EnsureSuccessStatusCode();

        await Task.WhenAll(collector.ArrivalAsync("/v1/metrics", "rinde.questions.received"),
            collector.ArrivalAsync("/v1/traces", "/api/v1/exercises/{id:int}/questions")).WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Without_an_endpoint_nothing_leaves_the_process()
    {
        using var factory = new SqliteFactory();
        (await factory.CreateClient().GetAsync("/health/live")).EnsureSuccessStatusCode();
        Assert.Null(factory.Services.GetService<OpenTelemetry.Metrics.MeterProvider>());
        Assert.Null(factory.Services.GetService<OpenTelemetry.Trace.TracerProvider>());
    }
}
