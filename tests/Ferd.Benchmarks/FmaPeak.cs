using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Ferd.Benchmarks;

/// <summary>
/// The FMA peak of one core of the machine running the benchmarks: twelve independent chains of
/// fused multiply–adds, enough to cover the latency of two FMA units, in 256-bit and (where .NET
/// runs them natively) 512-bit vectors. Each call performs <see cref="Flops256"/> or
/// <see cref="Flops512"/> floating-point operations.
/// </summary>
public static class FmaPeak
{
    public const int Iterations = 4096;

    public const int Chains = 12;

    public static double Flops256 => 2.0 * Iterations * Chains * Vector256<float>.Count;

    public static double Flops512 => 2.0 * Iterations * Chains * Vector512<float>.Count;

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static float Run256(float scale)
    {
        var m = Vector256.Create(0.999f * scale);
        var c = Vector256.Create(1e-3f);
        Vector256<float> a0 = Vector256.Create(1f), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0, a8 = a0, a9 = a0, a10 = a0, a11 = a0;
        for (int i = 0; i < Iterations; i++)
        {
            a0 = Vector256.FusedMultiplyAdd(a0, m, c); a1 = Vector256.FusedMultiplyAdd(a1, m, c);
            a2 = Vector256.FusedMultiplyAdd(a2, m, c); a3 = Vector256.FusedMultiplyAdd(a3, m, c);
            a4 = Vector256.FusedMultiplyAdd(a4, m, c); a5 = Vector256.FusedMultiplyAdd(a5, m, c);
            a6 = Vector256.FusedMultiplyAdd(a6, m, c); a7 = Vector256.FusedMultiplyAdd(a7, m, c);
            a8 = Vector256.FusedMultiplyAdd(a8, m, c); a9 = Vector256.FusedMultiplyAdd(a9, m, c);
            a10 = Vector256.FusedMultiplyAdd(a10, m, c); a11 = Vector256.FusedMultiplyAdd(a11, m, c);
        }
        return Vector256.Sum(a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11);
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static float Run512(float scale)
    {
        var m = Vector512.Create(0.999f * scale);
        var c = Vector512.Create(1e-3f);
        Vector512<float> a0 = Vector512.Create(1f), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0, a8 = a0, a9 = a0, a10 = a0, a11 = a0;
        for (int i = 0; i < Iterations; i++)
        {
            a0 = Vector512.FusedMultiplyAdd(a0, m, c); a1 = Vector512.FusedMultiplyAdd(a1, m, c);
            a2 = Vector512.FusedMultiplyAdd(a2, m, c); a3 = Vector512.FusedMultiplyAdd(a3, m, c);
            a4 = Vector512.FusedMultiplyAdd(a4, m, c); a5 = Vector512.FusedMultiplyAdd(a5, m, c);
            a6 = Vector512.FusedMultiplyAdd(a6, m, c); a7 = Vector512.FusedMultiplyAdd(a7, m, c);
            a8 = Vector512.FusedMultiplyAdd(a8, m, c); a9 = Vector512.FusedMultiplyAdd(a9, m, c);
            a10 = Vector512.FusedMultiplyAdd(a10, m, c); a11 = Vector512.FusedMultiplyAdd(a11, m, c);
        }
        return Vector512.Sum(a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11);
    }

    // Compiled fully optimized at once (no tier-0 code), so the quick measurement below sees the
    // same loop BenchmarkDotNet times.

    /// <summary>
    /// GFLOP/s of the widest vectors the machine runs natively, measured once per process (best of
    /// a few hundred milliseconds): the ceiling the "% of peak" column divides by.
    /// </summary>
    public static double Gflops => _gflops ??= Measure();

    private static double? _gflops;

    private static double Measure()
    {
        bool wide = Vector512.IsHardwareAccelerated;
        double flops = wide ? Flops512 : Flops256;
        double best = double.MaxValue;
        for (int round = 0; round < 20; round++)
        {
            var watch = Stopwatch.StartNew();
            for (int call = 0; call < 100; call++) _ = wide ? Run512(1) : Run256(1);
            best = Math.Min(best, watch.Elapsed.TotalSeconds / 100);
        }
        return flops / best / 1e9;
    }
}
