using Ferd.Networks;

namespace Ferd.Benchmarks;

/// <summary>
/// A hand-written forward pass: float weights per layer (row k is neuron k's incoming weights),
/// biases, the layers' activations and buffers allocated once; a batch runs row by row.
/// </summary>
public abstract class FloatMlp
{
    protected FloatMlp(Network network)
    {
        var layers = network.Layers;
        Weights = layers.Select(l => l.Weights.Select(w => (float)w).ToArray()).ToArray();
        Bias = layers.Select(l => l.Bias.Select(b => (float)b).ToArray()).ToArray();
        Activations = layers.Select(l => l.Activation).ToArray();
        Hidden = layers.Select(l => new float[l.OutputCount]).ToArray();
        InputCount = network.InputCount;
        OutputCount = network.OutputCount;
    }

    protected float[][] Weights { get; }

    protected float[][] Bias { get; }

    protected Activation[] Activations { get; }

    protected float[][] Hidden { get; }

    public int InputCount { get; }

    public int OutputCount { get; }

    public void Predict(ReadOnlySpan<float> input, Span<float> output)
    {
        ReadOnlySpan<float> u = input;
        for (int l = 0; l < Weights.Length; l++)
        {
            Span<float> a = l == Weights.Length - 1 ? output : Hidden[l];
            Layer(l, u, a);
            u = a;
        }
    }

    /// <summary>Layer <paramref name="l"/>: a = σ(W u + b), the way this baseline spells it.</summary>
    protected abstract void Layer(int l, ReadOnlySpan<float> u, Span<float> a);

    public void PredictBatch(ReadOnlySpan<float> inputs, Span<float> outputs)
    {
        int rows = inputs.Length / InputCount;
        for (int r = 0; r < rows; r++)
            Predict(inputs.Slice(r * InputCount, InputCount), outputs.Slice(r * OutputCount, OutputCount));
    }
}
