namespace Ferd.Kernels.Tests;

/// <summary>The input regions the error bound is checked over, each a few million floats at most.</summary>
internal static class Region
{
    /// <summary>
    /// Stride through [−120, 120], past which both kernels clamp their input: 61 by default, and
    /// FERD_KERNEL_STRIDE=1 checks every float there (a few minutes).
    /// </summary>
    private static readonly int Stride = int.TryParse(Environment.GetEnvironmentVariable("FERD_KERNEL_STRIDE"), out int s) && s > 0 ? s : 61;

    public static IReadOnlyDictionary<string, Func<IEnumerable<float>>> All { get; } = new Dictionary<string, Func<IEnumerable<float>>>
    {
        // The whole working range with a stride, both signs.
        ["[-120, 120] with a stride"] = () => FloatSamples.Between(0f, 120f, Stride).Concat(FloatSamples.Between(-0f, -120f, Stride)),
        // Every float where tanh switches from its series to e^2x, and sigmoid's steepest part.
        ["every float in ±[0.5, 1)"] = () => FloatSamples.Between(0.5f, 1f).Concat(FloatSamples.Between(-0.5f, -1f)),
        // Every float through tanh's saturation near 9.01.
        ["every float in [8, 16)"] = () => FloatSamples.Between(8f, 16f),
        // Sigmoid's descent through the subnormals and its saturation to 0.
        ["every 7th float in [-128, -64)"] = () => FloatSamples.Between(-64f, -128f, 7),
        // The negative tails of the gated activations (GELU, Swish, Mish), where they are ill-conditioned.
        ["every 5th float in [-16, -1)"] = () => FloatSamples.Between(-1f, -16f, 5),
        ["near zero, every 101st float below 1e-3"] = () => FloatSamples.Between(0f, 1e-3f, 101).Concat(FloatSamples.Between(-0f, -1e-3f, 101)),
        ["10^7 random bit patterns"] = () => FloatSamples.RandomBits(10_000_000, seed: 20_251_121),
        ["specials"] = () => [0f, -0f, float.Epsilon, -float.Epsilon, 1e-40f, -1e-40f, float.MaxValue, float.MinValue,
            float.PositiveInfinity, float.NegativeInfinity, float.NaN, 9.01f, -9.01f, 0.625f, -0.625f, 104f, -104f, 88.7f, -88.7f],
    };
}
