using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Ferd.Benchmarks;

/// <summary>
/// GFLOP/s = 2 × multiply–adds of the network a benchmark runs × rows per call / mean time, for
/// benchmarks over a shared model (those with a Model parameter). Compressed variants count the
/// multiply–adds of the compressed network they actually run.
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

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(HasModel);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (!HasModel(benchmarkCase) || statistics == null) return "-";
        var model = ModelCase.Load((string)benchmarkCase.Parameters["Model"]);
        var compressed = benchmarkCase.Descriptor.WorkloadMethod.GetCustomAttribute<CompressedAttribute>();
        var network = compressed == null ? model.Network : model.Compressed(compressed.Compression);
        int rows = benchmarkCase.Descriptor.Type.GetCustomAttribute<RowsPerCallAttribute>()?.Rows ?? 1;
        double flops = 2.0 * ModelCase.MultiplyAddsPerRow(network) * rows;
        return (flops / statistics.Mean).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool HasModel(BenchmarkCase benchmarkCase) => benchmarkCase.Parameters.Items.Any(p => p.Name == "Model");
}
