using FsCheck;
using FsCheck.Fluent;
using Ferd.Generated;

namespace Ferd.Kernels.Tests;

/// <summary>The span forms: every length, no stray writes, no allocation, symmetry.</summary>
public class SpanTests
{
    public static TheoryData<string> Activations() => [.. Activation.Names];

    [Theory]
    [MemberData(nameof(Activations))]
    public void EveryLengthMatchesTheScalarFormAndWritesOnlyItsSpan(string name)
    {
        var activation = Activation.ByName(name);
        const float Guard = 12345f;
        var random = new Random(7);
        for (int length = 0; length <= 70; length++)
        {
            // One guard float on each side catches writes past either end of the slice.
            var buffer = new float[length + 2];
            buffer[0] = buffer[^1] = Guard;
            for (int i = 1; i <= length; i++) buffer[i] = (float)(random.NextDouble() * 24 - 12);
            var input = buffer.ToArray();

            activation.Batch(buffer.AsSpan(1, length));

            Assert.Equal(Guard, buffer[0]);
            Assert.Equal(Guard, buffer[^1]);
            for (int i = 1; i <= length; i++)
                Assert.Equal(BitConverter.SingleToInt32Bits(activation.Scalar(input[i])), BitConverter.SingleToInt32Bits(buffer[i]));
        }
    }

    [Theory]
    [MemberData(nameof(Activations))]
    public void SpanFormDoesNotAllocate(string name)
    {
        var activation = Activation.ByName(name);
        var values = new float[67];
        activation.Batch(values);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++) activation.Batch(values);
        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Theory]
    [InlineData(1e-4f, 2e-4f)]
    [InlineData(0.5f, 1f)]
    [InlineData(8f, 10f)]
    public void TanhNeverDecreasesFromOneFloatToTheNext(float from, float to)
    {
        // Every float of a few stretches, including the switch from series to exponential at
        // 0.625 and the saturation near 9.01.
        var x = FloatSamples.Between(from, to).ToArray();
        var y = x.ToArray();
        FerdMath.Tanh(y);
        int drop = Enumerable.Range(1, y.Length - 1).FirstOrDefault(i => y[i] < y[i - 1]);
        Assert.True(drop == 0, $"tanh({x[drop]:R}) < tanh({x[Math.Max(drop - 1, 0)]:R})");
    }

    [Fact]
    public void TanhIsOddToTheBit() =>
        Prop.ForAll(ArbMap.Default.ArbFor<float>(), x =>
            BitConverter.SingleToInt32Bits(FerdMath.Tanh(-x)) == (BitConverter.SingleToInt32Bits(FerdMath.Tanh(x)) ^ int.MinValue)
            || float.IsNaN(x))
        .QuickCheckThrowOnFailure();

    [Fact]
    public void SigmoidIsTheShiftedHalfTanh() =>
        // σ(x) = (1 + tanh(x/2)) / 2: the two kernels agree to within their error bounds.
        Prop.ForAll(ArbMap.Default.ArbFor<float>().Filter(x => Math.Abs(x) < 40f), x =>
            Math.Abs(FerdMath.Sigmoid(x) - 0.5 * (1 + FerdMath.Tanh(x / 2))) <= 2.5e-7)
        .QuickCheckThrowOnFailure();
}
