using System;
using Ferd.Networks;

namespace Ferd.Lumping
{
    /// <summary>
    /// The compressed layer (docs/METHOD.md §4): block H's incoming row and bias are the
    /// importance-weighted mean of its members' signatures s_k / c_k, over the previous layer's blocks.
    /// </summary>
    internal static class Quotient
    {
        public static DenseLayer Layer(DenseLayer original, double[] signatures, int width, LayerPartition partition, ReadOnlySpan<double> importance)
        {
            int blocks = partition.BlockCount;
            var totals = new double[blocks];
            var members = new int[blocks];
            for (int k = 0; k < partition.NeuronCount; k++)
            {
                int b = partition.Block[k];
                if (b < 0) continue;
                totals[b] += importance[k];
                members[b]++;
            }

            var rows = new double[blocks * width];
            for (int k = 0; k < partition.NeuronCount; k++)
            {
                int b = partition.Block[k];
                if (b < 0) continue;
                // A block whose members all weigh nothing still needs a row: equal weights then.
                double weight = totals[b] > 0 ? importance[k] / totals[b] : 1.0 / members[b];
                Accumulate(new ReadOnlySpan<double>(signatures, k * width, width), weight / partition.Scale[k], new Span<double>(rows, b * width, width));
            }

            int inputs = width - 1;
            var weights = new double[blocks * inputs];
            var bias = new double[blocks];
            for (int b = 0; b < blocks; b++)
            {
                Array.Copy(rows, b * width, weights, b * inputs, inputs);
                bias[b] = rows[b * width + inputs];
            }
            return new DenseLayer(inputs, blocks, weights, bias, original.Activation);
        }

        private static void Accumulate(ReadOnlySpan<double> signature, double factor, Span<double> row)
        {
            for (int i = 0; i < row.Length; i++) row[i] += factor * signature[i];
        }
    }
}
