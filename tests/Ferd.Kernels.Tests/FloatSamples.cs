namespace Ferd.Kernels.Tests;

/// <summary>Sets of float inputs, enumerated through their bit patterns.</summary>
internal static class FloatSamples
{
    /// <summary>Every <paramref name="stride"/>-th float from <paramref name="from"/> up to <paramref name="to"/> (both ≥ 0 or both ≤ 0).</summary>
    public static IEnumerable<float> Between(float from, float to, int stride = 1)
    {
        int first = BitConverter.SingleToInt32Bits(from) & int.MaxValue;
        int last = BitConverter.SingleToInt32Bits(to) & int.MaxValue;
        if (first > last) (first, last) = (last, first);
        int sign = from < 0 || to < 0 || float.IsNegative(from) ? int.MinValue : 0;
        for (long bits = first; bits <= last; bits += stride)
            yield return BitConverter.Int32BitsToSingle((int)bits | sign);
    }

    /// <summary>Uniformly random bit patterns: every exponent equally likely, NaNs and infinities included.</summary>
    public static IEnumerable<float> RandomBits(int count, int seed)
    {
        var random = new Random(seed);
        for (int i = 0; i < count; i++) yield return BitConverter.Int32BitsToSingle(random.Next() ^ (random.Next() << 1));
    }
}
