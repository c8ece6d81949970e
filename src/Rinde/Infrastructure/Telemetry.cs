using System.Diagnostics;
using System.Diagnostics.Metrics;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Rinde.Infrastructure;

/// <summary>
/// Rinde's own metrics and traces. The instruments always exist (they cost nothing unheard);
/// they leave the process only when OTEL_EXPORTER_OTLP_ENDPOINT names a collector.
/// </summary>
public static class Telemetry
{
    public const string Name = "Rinde";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> QuestionsReceived =
        Meter.CreateCounter<long>("rinde.questions.received", "{pregunta}", "Preguntas ciudadanas guardadas");

    public static readonly UpDownCounter<long> StreamConnections =
        Meter.CreateUpDownCounter<long>("rinde.sse.connections", "{conexión}", "Mesas conectadas por SSE en este nodo");

    public static readonly Counter<long> EventsFannedOut =
        Meter.CreateCounter<long>("rinde.sse.events", "{evento}", "Eventos entregados a las mesas de este nodo");

    public static readonly Counter<long> ImportedRows =
        Meter.CreateCounter<long>("rinde.survey.import.rows", "{fila}", "Filas de encuestas importadas");

    public static readonly Histogram<double> ActaGeneration =
        Meter.CreateHistogram<double>("rinde.acta.generation", "s", "Tiempo de generación del acta por formato");

    /// <summary>A gauge whose value a feature reads when a collector asks (e.g. the outbox's backlog).</summary>
    public static ObservableGauge<long> Gauge(string name, string unit, string description, Func<long> read) =>
        Meter.CreateObservableGauge(name, read, unit, description);

    public static IServiceCollection AddRindeTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return services;
        }
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("rinde"))
            .WithMetrics(m => m.AddMeter(Name).AddAspNetCoreInstrumentation().AddOtlpExporter())
            .WithTracing(t => t.AddSource(Name).AddAspNetCoreInstrumentation().AddOtlpExporter());
        return services;
    }

    /// <summary>Times a piece of work into a histogram, with one tag.</summary>
    public static T Time<T>(Histogram<double> histogram, string tag, string value, Func<T> work)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            histogram.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>(tag, value));
        }
    }
}
