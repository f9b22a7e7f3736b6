using System;

namespace Ferd.Networks
{
    /// <summary>
    /// One dense layer a = σ(W u + b). Weights are row-major, <see cref="OutputCount"/> rows of
    /// <see cref="InputCount"/> columns: row k is neuron k's incoming weights.
    /// </summary>
    public sealed class DenseLayer
    {
        public DenseLayer(int inputCount, int outputCount, double[] weights, double[] bias, Activation activation)
        {
            if (inputCount < 0 || outputCount < 0) throw new ArgumentOutOfRangeException(nameof(inputCount));
            if (weights.Length != (long)inputCount * outputCount)
                throw new ArgumentException($"Expected {inputCount * outputCount} weights, got {weights.Length}.", nameof(weights));
            if (bias.Length != outputCount)
                throw new ArgumentException($"Expected {outputCount} biases, got {bias.Length}.", nameof(bias));
            InputCount = inputCount;
            OutputCount = outputCount;
            Weights = weights;
            Bias = bias;
            Activation = activation ?? throw new ArgumentNullException(nameof(activation));
        }

        public int InputCount { get; }
        public int OutputCount { get; }

        /// <summary>Row-major OutputCount × InputCount. Treat as read-only.</summary>
        public double[] Weights { get; }

        /// <summary>Treat as read-only.</summary>
        public double[] Bias { get; }

        public Activation Activation { get; }

        public int ParameterCount => OutputCount * (InputCount + 1);

        public double Weight(int neuron, int input) => Weights[neuron * InputCount + input];

        public ReadOnlySpan<double> Row(int neuron) => new ReadOnlySpan<double>(Weights, neuron * InputCount, InputCount);

        public void Evaluate(ReadOnlySpan<double> input, Span<double> output)
        {
            for (int k = 0; k < OutputCount; k++)
            {
                var row = Row(k);
                double z = Bias[k];
                for (int m = 0; m < row.Length; m++) z += row[m] * input[m];
                output[k] = Activation.Apply(z);
            }
        }
    }
}
