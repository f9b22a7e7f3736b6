using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Ferd.Benchmarks;

/// <summary>
/// How long this machine takes to read a given number of floats once from the cache level they
/// live in: a buffer of that size summed again and again (so it stays in the nearest level that
/// holds it) with the widest native vectors and eight independent sums, best of many rounds.
/// The read bound of one row: every weight of the network read once.
/// </summary>
public static class WeightRead
{
    private static readonly ConcurrentDictionary<int, double> Measured = new();

    /// <summary>Nanoseconds to read <paramref name="floats"/> floats once, measured once per size and process.</summary>
    public static double Nanoseconds(int floats) => Measured.GetOrAdd(floats, Measure);

    // Whole blocks of BlockFloats, so no scalar tail (a chain of dependent additions) is timed;
    // the time for the rounded-up count is scaled back to the count asked for.
    private const int BlockFloats = 128;

    private static double Measure(int floats)
    {
        int blocks = Math.Max(1, (floats + BlockFloats - 1) / BlockFloats);
        int length = blocks * BlockFloats;
        // On the pinned heap, which never moves its objects, so the start can be aligned to a
        // cache line once: a 512-bit load across two lines costs two.
        var buffer = GC.AllocateArray<float>(length + CacheLineFloats, pinned: true);
        int start = AlignedStart(buffer);
        for (int i = 0; i < buffer.Length; i++) buffer[i] = i % 7;
        // Enough passes per round that the timer's resolution does not matter.
        int passes = Math.Max(1, 4_000_000 / length);
        double best = double.MaxValue;
        float sink = 0;
        for (int round = 0; round < 30; round++)
        {
            var watch = Stopwatch.StartNew();
            for (int pass = 0; pass < passes; pass++) sink += Sum(ref buffer[start], length);
            best = Math.Min(best, watch.Elapsed.TotalNanoseconds / passes);
        }
        GC.KeepAlive(sink);
        return best * floats / length;
    }

    private const int CacheLineFloats = 16;

    private static int AlignedStart(float[] pinned)
    {
        var handle = GCHandle.Alloc(pinned, GCHandleType.Pinned);
        long address = handle.AddrOfPinnedObject().ToInt64();
        handle.Free();
        return (int)((64 - address % 64) % 64 / sizeof(float));
    }

    // Eight independent sums: two loads a cycle with additions four cycles long need eight in flight.
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static float Sum(ref float first, int length)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            Vector512<float> s0 = default, s1 = default, s2 = default, s3 = default, s4 = default, s5 = default, s6 = default, s7 = default;
            for (int i = 0; i < length; i += BlockFloats)
            {
                s0 += Vector512.LoadUnsafe(ref first, (nuint)i);
                s1 += Vector512.LoadUnsafe(ref first, (nuint)(i + 16));
                s2 += Vector512.LoadUnsafe(ref first, (nuint)(i + 32));
                s3 += Vector512.LoadUnsafe(ref first, (nuint)(i + 48));
                s4 += Vector512.LoadUnsafe(ref first, (nuint)(i + 64));
                s5 += Vector512.LoadUnsafe(ref first, (nuint)(i + 80));
                s6 += Vector512.LoadUnsafe(ref first, (nuint)(i + 96));
                s7 += Vector512.LoadUnsafe(ref first, (nuint)(i + 112));
            }
            return Vector512.Sum(s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7);
        }
        Vector256<float> t0 = default, t1 = default, t2 = default, t3 = default, t4 = default, t5 = default, t6 = default, t7 = default;
        for (int i = 0; i < length; i += BlockFloats)
            for (int half = 0; half < BlockFloats; half += 64)
            {
                int at = i + half;
                t0 += Vector256.LoadUnsafe(ref first, (nuint)at);
                t1 += Vector256.LoadUnsafe(ref first, (nuint)(at + 8));
                t2 += Vector256.LoadUnsafe(ref first, (nuint)(at + 16));
                t3 += Vector256.LoadUnsafe(ref first, (nuint)(at + 24));
                t4 += Vector256.LoadUnsafe(ref first, (nuint)(at + 32));
                t5 += Vector256.LoadUnsafe(ref first, (nuint)(at + 40));
                t6 += Vector256.LoadUnsafe(ref first, (nuint)(at + 48));
                t7 += Vector256.LoadUnsafe(ref first, (nuint)(at + 56));
            }
        return Vector256.Sum(t0 + t1 + t2 + t3 + t4 + t5 + t6 + t7);
    }
}
