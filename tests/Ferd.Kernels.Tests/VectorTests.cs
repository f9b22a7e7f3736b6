using System.Runtime.Intrinsics;
using Ferd.Generated;

namespace Ferd.Kernels.Tests;

/// <summary>The one-vector forms generated code activates registers with: every lane the scalar form's bits.</summary>
public class VectorTests
{
    private static readonly Dictionary<string, (Func<float, float> Scalar, Func<Vector512<float>, Vector512<float>> Wide, Func<Vector256<float>, Vector256<float>> Narrow)> Kernels = new()
    {
        ["Tanh"] = (FerdMath.Tanh, FerdMath.Tanh, FerdMath.Tanh),
        ["Sigmoid"] = (FerdMath.Sigmoid, FerdMath.Sigmoid, FerdMath.Sigmoid),
        ["Swish"] = (FerdMath.Swish, FerdMath.Swish, FerdMath.Swish),
        ["TanhFast"] = (FerdMath.TanhFast, FerdMath.TanhFast, FerdMath.TanhFast),
        ["SigmoidFast"] = (FerdMath.SigmoidFast, FerdMath.SigmoidFast, FerdMath.SigmoidFast),
    };

    public static TheoryData<string> Names() => [.. Kernels.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void EveryLaneHasTheScalarFormsBits(string name)
    {
        var (scalar, wide, narrow) = Kernels[name];
        // The working range, a stretch through the series' switch at 0.625, and every kind of float.
        var inputs = FloatSamples.Between(0f, 120f, 4099).Concat(FloatSamples.Between(-0f, -120f, 4099))
            .Concat(FloatSamples.Between(0.5f, 1f, 97)).Concat(FloatSamples.RandomBits(100_000, seed: 5)).ToArray();
        for (int at = 0; at + Vector512<float>.Count <= inputs.Length; at += Vector512<float>.Count)
        {
            var x = Vector512.Create(inputs.AsSpan(at, Vector512<float>.Count));
            // The 512-bit forms run where generated code calls them: where those vectors are accelerated.
            if (Vector512.IsHardwareAccelerated) AssertLanes(name, scalar, x, wide(x));
            AssertLanes(name, scalar, x.GetLower().ToVector512(), narrow(x.GetLower()).ToVector512(), Vector256<float>.Count);
        }
    }

    private static void AssertLanes(string name, Func<float, float> scalar, Vector512<float> x, Vector512<float> y, int count = 16)
    {
        for (int i = 0; i < count; i++)
        {
            float alone = scalar(x[i]);
            Assert.True(Ulp.SameBits(alone, y[i]), $"{name}({x[i]:R}): {y[i]:R} in {count} lanes, {alone:R} alone");
        }
    }
}
