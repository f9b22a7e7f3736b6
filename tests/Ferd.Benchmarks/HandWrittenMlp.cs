using Ferd.Networks;

namespace Ferd.Benchmarks;

/// <summary>
/// The forward pass a developer would write by hand: float arrays, nested loops, MathF. The
/// baseline every other variant is measured against.
/// </summary>
public sealed class HandWrittenMlp
{
    private readonly float[][] _weights;
    private readonly float[][] _bias;
    private readonly ScalarActivation[] _activations;
    private readonly float[][] _hidden;

    public HandWrittenMlp(Network network)
    {
        var layers = network.Layers;
        _weights = layers.Select(l => l.Weights.Select(w => (float)w).ToArray()).ToArray();
        _bias = layers.Select(l => l.Bias.Select(b => (float)b).ToArray()).ToArray();
        _activations = layers.Select(l => ScalarActivation.Of(l.Activation)).ToArray();
        _hidden = layers.Select(l => new float[l.OutputCount]).ToArray();
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
            for (int k = 0; k < b.Length; k++)
            {
                float z = b[k];
                for (int m = 0; m < inputs; m++) z += w[k * inputs + m] * u[m];
                a[k] = _activations[l].Apply(z);
            }
            u = a;
        }
    }

    public void PredictBatch(ReadOnlySpan<float> inputs, Span<float> outputs)
    {
        int rows = inputs.Length / InputCount;
        for (int r = 0; r < rows; r++)
            Predict(inputs.Slice(r * InputCount, InputCount), outputs.Slice(r * OutputCount, OutputCount));
    }
}
