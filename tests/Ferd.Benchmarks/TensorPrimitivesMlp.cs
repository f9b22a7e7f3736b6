using System.Numerics.Tensors;
using Ferd.Networks;

namespace Ferd.Benchmarks;

/// <summary>
/// The forward pass a careful C# developer writes without a code generator: float weights row by
/// row, each neuron a vectorized <see cref="TensorPrimitives.Dot(ReadOnlySpan{float}, ReadOnlySpan{float})"/>,
/// each layer's activation one vectorized TensorPrimitives call over its span, buffers allocated once.
/// </summary>
public sealed class TensorPrimitivesMlp
{
    private readonly float[][] _weights;
    private readonly float[][] _bias;
    private readonly Activation[] _activations;
    private readonly float[][] _hidden;

    public TensorPrimitivesMlp(Network network)
    {
        var layers = network.Layers;
        _weights = layers.Select(l => l.Weights.Select(w => (float)w).ToArray()).ToArray();
        _bias = layers.Select(l => l.Bias.Select(b => (float)b).ToArray()).ToArray();
        _activations = layers.Select(l => l.Activation).ToArray();
        _hidden = layers.Select(l => new float[l.OutputCount]).ToArray();
        foreach (var activation in _activations) Apply(activation, new float[1]);
        InputCount = network.InputCount;
        OutputCount = network.OutputCount;
    }

    public int InputCount { get; }

    public int OutputCount { get; }

    public void Predict(ReadOnlySpan<float> input, Span<float> output)
    {
        ReadOnlySpan<float> u = input;
        for (int l = 0; l < _weights.Length; l++)
        {
            float[] w = _weights[l], b = _bias[l];
            Span<float> a = l == _weights.Length - 1 ? output : _hidden[l];
            int inputs = u.Length;
            for (int k = 0; k < b.Length; k++) a[k] = TensorPrimitives.Dot(w.AsSpan(k * inputs, inputs), u) + b[k];
            Apply(_activations[l], a);
            u = a;
        }
    }

    public void PredictBatch(ReadOnlySpan<float> inputs, Span<float> outputs)
    {
        int rows = inputs.Length / InputCount;
        for (int r = 0; r < rows; r++)
            Predict(inputs.Slice(r * InputCount, InputCount), outputs.Slice(r * OutputCount, OutputCount));
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
