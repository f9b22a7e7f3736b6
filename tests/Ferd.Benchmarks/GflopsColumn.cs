using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Ferd.Benchmarks;

/// <summary>
/// GFLOP/s = 2 × multiply–adds of the network a benchmark runs × rows per call / mean time, for
/// benchmarks over a shared model (those with a Model parameter), and the peak benchmark's own
/// count. Compressed variants count the multiply–adds of the compressed network they actually run.
/// </summary>
public sealed class GflopsColumn : IColumn
{
    public string Id => nameof(GflopsColumn);

    public string ColumnName => "GFLOP/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "2 × multiply–adds of the network run × rows per call / mean time";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(c => FlopsPerCall(c) != null);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        Gflops(summary, benchmarkCase) is { } gflops ? gflops.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) : "-";

    /// <summary>Floating-point operations per nanosecond of mean time, or null.</summary>
    public static double? Gflops(Summary summary, BenchmarkCase benchmarkCase) =>
        summary[benchmarkCase]?.ResultStatistics is { } statistics && FlopsPerCall(benchmarkCase) is { } flops ? flops / statistics.Mean : null;

    /// <summary>
    /// Floating-point operations per call: a model benchmark's 2 × multiply–adds × rows, or what a
    /// [Flops] attribute says (the peak benchmark); null for others.
    /// </summary>
    public static double? FlopsPerCall(BenchmarkCase benchmarkCase)
    {
        if (benchmarkCase.Descriptor.WorkloadMethod.GetCustomAttribute<FlopsAttribute>() is { } flops) return flops.Value;
        if (NetworkRun(benchmarkCase) is not { } network) return null;
        return 2.0 * ModelCase.MultiplyAddsPerRow(network) * RowsPerCall(benchmarkCase);
    }

    /// <summary>The network a model benchmark runs (compressed variants: the compressed one), or null.</summary>
    public static Ferd.Networks.Network? NetworkRun(BenchmarkCase benchmarkCase)
    {
        if (!HasModel(benchmarkCase)) return null;
        var model = ModelCase.Load((string)benchmarkCase.Parameters["Model"]);
        var compressed = benchmarkCase.Descriptor.WorkloadMethod.GetCustomAttribute<CompressedAttribute>();
        return compressed == null ? model.Network : model.Compressed(compressed.Compression);
    }

    public static int RowsPerCall(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Descriptor.Type.GetCustomAttribute<RowsPerCallAttribute>()?.Rows ?? 1;

    private static bool HasModel(BenchmarkCase benchmarkCase) => benchmarkCase.Parameters.Items.Any(p => p.Name == "Model");
}
