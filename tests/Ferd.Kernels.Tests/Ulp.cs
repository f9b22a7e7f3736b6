namespace Ferd.Kernels.Tests;

/// <summary>Distances between floats counted in units in the last place.</summary>
internal static class Ulp
{
    /// <summary>How many representable floats lie between a and b (0 when equal; +0 and −0 are equal).</summary>
    public static long Distance(float a, float b) => Math.Abs(Ordinal(a) - Ordinal(b));

    /// <summary>The same bits, or both NaN: what the batch and scalar forms of a kernel must agree on.</summary>
    public static bool SameBits(float a, float b) =>
        BitConverter.SingleToInt32Bits(a) == BitConverter.SingleToInt32Bits(b) || (float.IsNaN(a) && float.IsNaN(b));

    // Maps floats to integers in the same order, adjacent floats to adjacent integers.
    private static long Ordinal(float value)
    {
        int bits = BitConverter.SingleToInt32Bits(value);
        return bits < 0 ? -(long)(bits & int.MaxValue) : bits;
    }
}
