using Ferd.Generated;

namespace Ferd.Kernels.Tests;

/// <summary>Zeros, infinities, NaN, subnormals and saturation, where formulas usually break.</summary>
public class SpecialValueTests
{
    [Fact]
    public void TanhKeepsTheSignOfZero()
    {
        foreach (float zero in new[] { 0f, -0f })
        {
            Assert.Equal(BitConverter.SingleToInt32Bits(zero), BitConverter.SingleToInt32Bits(FerdMath.Tanh(zero)));
            Assert.Equal(BitConverter.SingleToInt32Bits(zero), BitConverter.SingleToInt32Bits(Batch(FerdMath.Tanh, zero)));
        }
    }

    [Theory]
    [InlineData(float.PositiveInfinity, 1f)]
    [InlineData(float.NegativeInfinity, -1f)]
    [InlineData(float.MaxValue, 1f)]
    [InlineData(9.02f, 1f)]
    [InlineData(-9.02f, -1f)]
    public void TanhSaturatesToExactlyOne(float x, float expected)
    {
        Assert.Equal(expected, FerdMath.Tanh(x));
        Assert.Equal(expected, Batch(FerdMath.Tanh, x));
    }

    [Theory]
    [InlineData(float.PositiveInfinity, 1f)]
    [InlineData(float.NegativeInfinity, 0f)]
    [InlineData(float.MaxValue, 1f)]
    [InlineData(float.MinValue, 0f)]
    [InlineData(0f, 0.5f)]
    [InlineData(-1e-30f, 0.5f)]
    public void SigmoidLimitsAreExact(float x, float expected)
    {
        Assert.Equal(expected, FerdMath.Sigmoid(x));
        Assert.Equal(expected, Batch(FerdMath.Sigmoid, x));
    }

    [Theory]
    [InlineData(float.Epsilon)]
    [InlineData(-1e-40f)]
    [InlineData(1e-20f)]
    public void TanhIsTheIdentityForTinyInputs(float x)
    {
        Assert.Equal(x, FerdMath.Tanh(x));
        Assert.Equal(x, Batch(FerdMath.Tanh, x));
    }

    [Fact]
    public void SigmoidReachesTheSubnormalsBeforeZero()
    {
        // σ(−100) = 3.7e−44, 26 times the smallest subnormal: flushing to zero would be 26 ulp off.
        float expected = (float)(1.0 / (1.0 + Math.Exp(100.0)));
        Assert.True(expected > 0f && expected < 1.2e-38f);
        Assert.Equal(expected, FerdMath.Sigmoid(-100f));
        Assert.Equal(0f, FerdMath.Sigmoid(-110f));
    }

    [Fact]
    public void NaNGivesNaN()
    {
        Assert.True(float.IsNaN(FerdMath.Tanh(float.NaN)));
        Assert.True(float.IsNaN(FerdMath.Sigmoid(float.NaN)));
        Assert.True(float.IsNaN(Batch(FerdMath.Tanh, float.NaN)));
        Assert.True(float.IsNaN(Batch(FerdMath.Sigmoid, float.NaN)));
    }

    [Theory]
    [InlineData("swish", float.NegativeInfinity, 0f)]
    [InlineData("swish", float.MinValue, 0f)]
    [InlineData("swish", -200f, 0f)]
    [InlineData("gelu", float.NegativeInfinity, 0f)]
    [InlineData("gelu", float.MinValue, 0f)]
    [InlineData("gelutanh", float.NegativeInfinity, 0f)]
    [InlineData("gelutanh", float.MinValue, 0f)]
    [InlineData("mish", float.NegativeInfinity, 0f)]
    [InlineData("mish", float.MinValue, 0f)]
    [InlineData("softplus", float.NegativeInfinity, 0f)]
    [InlineData("softplus", float.MinValue, 0f)]
    [InlineData("elu", float.NegativeInfinity, -1f)]
    [InlineData("elu", float.MinValue, -1f)]
    [InlineData("selu", float.NegativeInfinity, (float)(-ExactFunctions.SeluGamma * ExactFunctions.SeluAlpha))]
    [InlineData("swish", 0f, 0f)]
    [InlineData("gelu", 0f, 0f)]
    [InlineData("mish", 0f, 0f)]
    [InlineData("softplus", 0f, 0.6931472f)]
    public void NewKernelsReachTheirLimitsWithoutNaN(string name, float x, float expected)
    {
        var activation = Activation.ByName(name);
        Assert.Equal(expected, activation.Scalar(x));
        Assert.Equal(expected, Batch(activation.Batch, x));
    }

    [Theory]
    [InlineData("swish")]
    [InlineData("gelu")]
    [InlineData("gelutanh")]
    [InlineData("elu")]
    [InlineData("selu")]
    [InlineData("softplus")]
    [InlineData("mish")]
    public void NewKernelsGrowWithoutBoundAndPassNaN(string name)
    {
        var activation = Activation.ByName(name);
        Assert.Equal(float.PositiveInfinity, activation.Scalar(float.PositiveInfinity));
        Assert.Equal(float.PositiveInfinity, Batch(activation.Batch, float.PositiveInfinity));
        // Past a few units every one of them is x (SELU γ·x) rounded once.
        Assert.Equal(activation.Reference(1e30f), activation.Scalar(1e30f));
        Assert.True(float.IsNaN(activation.Scalar(float.NaN)));
        Assert.True(float.IsNaN(Batch(activation.Batch, float.NaN)));
    }

    [Theory]
    [InlineData("swish", -95f)]
    [InlineData("gelu", -13.5f)]
    [InlineData("gelutanh", -10.5f)]
    [InlineData("mish", -100f)]
    [InlineData("softplus", -100f)]
    public void NewKernelsReachTheSubnormalsBeforeZero(string name, float x)
    {
        // The exact value is subnormal but not 0: flushing would lose it.
        var activation = Activation.ByName(name);
        float expected = activation.Reference(x);
        Assert.True(expected != 0f && Math.Abs(expected) < 1.2e-38f, $"{expected:R}");
        Assert.True(Math.Abs(activation.Scalar(x) - activation.Exact(x)) <= 1e-43, $"{activation.Scalar(x):R} vs {expected:R}");
    }

    // The value as one lane of a full vector block, the other lanes holding ordinary inputs.
    private static float Batch(SpanKernel kernel, float x)
    {
        var values = new float[System.Numerics.Vector<float>.Count * 2];
        for (int i = 0; i < values.Length; i++) values[i] = 0.1f * i - 1f;
        values[1] = x;
        kernel(values);
        return values[1];
    }
}
