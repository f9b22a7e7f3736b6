using System.Numerics.Tensors;
using Ferd.Networks;

namespace Ferd.Benchmarks;

/// <summary>
/// The forward pass a careful C# developer writes without a code generator: float weights row by
/// row, each neuron a vectorized <see cref="TensorPrimitives.Dot(ReadOnlySpan{float}, ReadOnlySpan{float})"/>,
/// each layer's activation one vectorized TensorPrimitives call over its span, buffers allocated once.
/// </summary>
public sealed class TensorPrimitivesMlp : FloatMlp
{
    public TensorPrimitivesMlp(Network network)
        : base(network)
    {
        // Refuses an activation it has no call for now rather than in the timed loop.
        foreach (var activation in Activations) Apply(activation, new float[1]);
    }

    protected override void Layer(int l, ReadOnlySpan<float> u, Span<float> a)
    {
        float[] w = Weights[l], b = Bias[l];
        int inputs = u.Length;
        for (int k = 0; k < b.Length; k++) a[k] = TensorPrimitives.Dot(w.AsSpan(k * inputs, inputs), u) + b[k];
        Apply(Activations[l], a);
    }

    private static void Apply(Activation activation, Span<float> a)
    {
        switch (activation.Kind)
        {
            case "identity": break;
            case "relu": TensorPrimitives.Max(a, 0f, a); break;
            case "tanh": TensorPrimitives.Tanh(a, a); break;
            case "sigmoid": TensorPrimitives.Sigmoid(a, a); break;
            case "leakyrelu":
                // No leaky ReLU in TensorPrimitives: max(z, αz) for 0 < α < 1, two vectorized calls.
                float alpha = (float)activation.Parameters[0];
                Span<float> scaled = a.Length <= 256 ? stackalloc float[a.Length] : new float[a.Length];
                TensorPrimitives.Multiply(a, alpha, scaled);
                TensorPrimitives.Max(a, scaled, a);
                break;
            default: throw new NotSupportedException($"The TensorPrimitives baseline has no {activation.Name}.");
        }
    }
}
