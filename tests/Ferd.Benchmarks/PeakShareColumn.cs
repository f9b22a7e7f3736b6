using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Ferd.Benchmarks;

/// <summary>
/// A benchmark's GFLOP/s as a share of this machine's FMA peak per core, widest native vectors
/// (<see cref="FmaPeak.Gflops"/>, measured in the same process as the summary).
/// </summary>
public sealed class PeakShareColumn : IColumn
{
    public string Id => nameof(PeakShareColumn);

    public string ColumnName => "% of peak";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "GFLOP/s over the machine's FMA peak per core (FmaPeak, widest native vectors)";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(c => GflopsColumn.FlopsPerCall(c) != null);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        GflopsColumn.Gflops(summary, benchmarkCase) is { } gflops
            ? (100 * gflops / FmaPeak.Gflops).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)
            : "-";
}
