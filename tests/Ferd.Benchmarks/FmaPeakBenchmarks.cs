using System.Runtime.Intrinsics;
using BenchmarkDotNet.Attributes;

namespace Ferd.Benchmarks;

/// <summary>
/// The machine's FMA peak per core (<see cref="FmaPeak"/>), in the run beside the forward passes,
/// so every run reports the ceiling of its own machine; its GFLOP/s column is the peak.
/// </summary>
public class FmaPeakBenchmarks
{
    [GlobalSetup]
    public void Setup()
    {
        // The chains converge to c / (1 − m) = 1: a broken kernel shows as another sum.
        float expected = 12 * Vector256<float>.Count;
        if (Math.Abs(FmaPeak.Run256(1) - expected) > 1e-2 * expected)
            throw new InvalidOperationException($"The 256-bit FMA chains sum to {FmaPeak.Run256(1)}, not about {expected}.");
    }

    [Benchmark(Baseline = true)]
    [Flops(nameof(FmaPeak.Flops256))]
    public float Fma256() => FmaPeak.Run256(1);

    /// <summary>Where .NET does not accelerate 512-bit vectors it emulates them: the figure then says so by being low.</summary>
    [Benchmark]
    [Flops(nameof(FmaPeak.Flops512))]
    public float Fma512() => FmaPeak.Run512(1);
}

/// <summary>The floating-point operations one call performs, by the name of a static property of <see cref="FmaPeak"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FlopsAttribute(string property) : Attribute
{
    public double Value => (double)typeof(FmaPeak).GetProperty(property)!.GetValue(null)!;
}
