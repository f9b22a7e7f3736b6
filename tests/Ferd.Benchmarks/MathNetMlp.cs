using Ferd.Networks;
using MathNet.Numerics.LinearAlgebra;

namespace Ferd.Benchmarks;

/// <summary>
/// The forward pass written with MathNet.Numerics: matrix × vector per sample, matrix × matrix
/// for a batch (one column per row of input), all buffers allocated once.
/// </summary>
public sealed class MathNetMlp
{
    private readonly Matrix<float>[] _weights;
    private readonly Vector<float>[] _bias;
    private readonly ScalarActivation[] _activations;
    private readonly Vector<float> _input;
    private readonly Vector<float>[] _hidden;
    private readonly Matrix<float> _batchInput;
    private readonly Matrix<float>[] _batchHidden;

    public MathNetMlp(Network network, int batchRows)
    {
        // Every other variant runs on one core; so does this one.
        MathNet.Numerics.Control.UseSingleThread();
        var layers = network.Layers;
        _weights = layers.Select(l => Matrix<float>.Build.Dense(l.OutputCount, l.InputCount, (k, m) => (float)l.Weight(k, m))).ToArray();
        _bias = layers.Select(l => Vector<float>.Build.Dense(l.Bias.Select(b => (float)b).ToArray())).ToArray();
        _activations = layers.Select(l => ScalarActivation.Of(l.Activation)).ToArray();
        _input = Vector<float>.Build.Dense(network.InputCount);
        _hidden = layers.Select(l => Vector<float>.Build.Dense(l.OutputCount)).ToArray();
        _batchInput = Matrix<float>.Build.Dense(network.InputCount, batchRows);
        _batchHidden = layers.Select(l => Matrix<float>.Build.Dense(l.OutputCount, batchRows)).ToArray();
    }

    public void Predict(ReadOnlySpan<float> input, Span<float> output)
    {
        for (int m = 0; m < input.Length; m++) _input[m] = input[m];
        var u = _input;
        for (int l = 0; l < _weights.Length; l++)
        {
            var a = _hidden[l];
            _weights[l].Multiply(u, a);
            a.Add(_bias[l], a);
            var activation = _activations[l];
            a.MapInplace(activation.Apply);
            u = a;
        }
        for (int k = 0; k < output.Length; k++) output[k] = u[k];
    }

    public void PredictBatch(ReadOnlySpan<float> inputs, Span<float> outputs)
    {
        int columns = _batchInput.RowCount;
        for (int r = 0; r < _batchInput.ColumnCount; r++)
            for (int m = 0; m < columns; m++) _batchInput[m, r] = inputs[r * columns + m];
        var u = _batchInput;
        for (int l = 0; l < _weights.Length; l++)
        {
            var a = _batchHidden[l];
            _weights[l].Multiply(u, a);
            var bias = _bias[l];
            var activation = _activations[l];
            a.MapIndexedInplace((k, _, z) => activation.Apply(z + bias[k]));
            u = a;
        }
        for (int r = 0; r < u.ColumnCount; r++)
            for (int k = 0; k < u.RowCount; k++) outputs[r * u.RowCount + k] = u[k, r];
    }
}
