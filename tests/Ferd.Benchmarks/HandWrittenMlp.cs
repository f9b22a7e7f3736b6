using Ferd.Networks;

namespace Ferd.Benchmarks;

/// <summary>
/// The forward pass a developer would write by hand: float arrays, nested loops, MathF. The
/// baseline every other variant is measured against.
/// </summary>
public sealed class HandWrittenMlp : FloatMlp
{
    private readonly ScalarActivation[] _activations;

    public HandWrittenMlp(Network network)
        : base(network)
    {
        _activations = Activations.Select(ScalarActivation.Of).ToArray();
    }

    protected override void Layer(int l, ReadOnlySpan<float> u, Span<float> a)
    {
        float[] w = Weights[l], b = Bias[l];
        int inputs = u.Length;
        for (int k = 0; k < b.Length; k++)
        {
            float z = b[k];
            for (int m = 0; m < inputs; m++) z += w[k * inputs + m] * u[m];
            a[k] = _activations[l].Apply(z);
        }
    }
}
