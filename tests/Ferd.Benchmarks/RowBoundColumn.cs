using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Ferd.Benchmarks;

/// <summary>
/// The two lower bounds on one row through a network on this machine, and how far a benchmark
/// is above the slower: the FMA bound (2 × multiply–adds over <see cref="FmaPeak.Gflops"/>) and
/// the read bound (every parameter read once from the cache level it lives in,
/// <see cref="WeightRead"/>), both for the network the benchmark runs. Shown for one-row model
/// benchmarks only.
/// </summary>
public sealed class RowBoundColumn : IColumn
{
    public enum Kind { Fma, Read, Times }

    private readonly Kind _kind;

    public RowBoundColumn(Kind kind) => _kind = kind;

    public string Id => nameof(RowBoundColumn) + _kind;

    public string ColumnName => _kind switch
    {
        Kind.Fma => "FMA bound",
        Kind.Read => "read bound",
        _ => "× bound",
    };

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 2 + (int)_kind;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => _kind switch
    {
        Kind.Fma => "one row: 2 × multiply–adds over the machine's FMA peak, in ns",
        Kind.Read => "one row: time to read every parameter once from the cache level it lives in (WeightRead), in ns",
        _ => "one row: mean time over the slower of the FMA and read bounds",
    };

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(c => Bounds(c) != null);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (Bounds(benchmarkCase) is not { } bounds) return "-";
        if (_kind == Kind.Fma) return Format(bounds.Fma, "0.0");
        if (_kind == Kind.Read) return Format(bounds.Read, "0.0");
        return summary[benchmarkCase]?.ResultStatistics is { } statistics ? Format(statistics.Mean / Math.Max(bounds.Fma, bounds.Read), "0.00") : "-";
    }

    /// <summary>Both bounds in nanoseconds for a one-row model benchmark, else null.</summary>
    public static (double Fma, double Read)? Bounds(BenchmarkCase benchmarkCase)
    {
        if (GflopsColumn.RowsPerCall(benchmarkCase) != 1 || GflopsColumn.NetworkRun(benchmarkCase) is not { } network) return null;
        double fma = 2.0 * ModelCase.MultiplyAddsPerRow(network) / FmaPeak.Gflops;
        return (fma, WeightRead.Nanoseconds(network.ParameterCount));
    }

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
