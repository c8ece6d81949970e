namespace Rinde.Bench;

/// <summary>Latency percentiles over recorded samples, in milliseconds.</summary>
public sealed class Stats(IEnumerable<double> samples)
{
    private readonly double[] _sorted = [.. samples.Order()];

    public int Count => _sorted.Length;

    /// <summary>All the samples of several measurements, as one.</summary>
    public static Stats Merge(IEnumerable<Stats> parts) => new(parts.SelectMany(p => p._sorted));

    public double Percentile(double p) =>
        _sorted.Length == 0 ? double.NaN : _sorted[Math.Clamp((int)Math.Ceiling(p / 100 * _sorted.Length) - 1, 0, _sorted.Length - 1)];

    public string Summary() => FormattableString.Invariant($"p50 {Percentile(50):0.0} ms, p95 {Percentile(95):0.0} ms, p99 {Percentile(99):0.0} ms, max {Percentile(100):0.0} ms");
}
