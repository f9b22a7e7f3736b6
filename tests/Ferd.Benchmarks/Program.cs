using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;

namespace Ferd.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        var config = DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(new GflopsColumn(), new PeakShareColumn(),
                new RowBoundColumn(RowBoundColumn.Kind.Fma), new RowBoundColumn(RowBoundColumn.Kind.Read), new RowBoundColumn(RowBoundColumn.Kind.Times));
        // The ceiling every GFLOP/s figure of this run is a share of; BenchmarkDotNet's summary names the CPU.
        Console.WriteLine(FormattableString.Invariant(
            $"FMA peak of this machine: {FmaPeak.Gflops:0.0} GFLOP/s per core with {(System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated ? 512 : 256)}-bit vectors"));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
