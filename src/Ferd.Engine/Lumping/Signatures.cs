using System;
using System.Linq;
using Ferd.Networks;

namespace Ferd.Lumping
{
    /// <summary>
    /// Signatures s_k = (r_k, b̃_k) of a layer over the previous layer's blocks:
    /// r_k[H] = Σ_{m∈H} λ_m W_km, and b̃_k the bias with the previous layer's offsets and
    /// removed neurons' constants folded in. Row-major, <c>blocks + 1</c> entries per neuron.
    /// </summary>
    internal static class Signatures
    {
        public static double[] Compute(DenseLayer layer, LayerPartition previous)
        {
            int p = previous.BlockCount;
            int width = p + 1;
            var signatures = new double[layer.OutputCount * width];
            for (int k = 0; k < layer.OutputCount; k++)
            {
                var s = new Span<double>(signatures, k * width, width);
                Accumulate(layer.Row(k), previous, s);
                s[p] += layer.Bias[k];
            }
            return signatures;
        }

        private static void Accumulate(ReadOnlySpan<double> row, LayerPartition previous, Span<double> signature)
        {
            int biasSlot = signature.Length - 1;
            for (int m = 0; m < row.Length; m++)
            {
                double w = row[m];
                if (w == 0) continue;
                int block = previous.Block[m];
                if (block < 0)
                {
                    signature[biasSlot] += w * previous.Constant[m];
                }
                else
                {
                    signature[block] += w * previous.Scale[m];
                    signature[biasSlot] += w * previous.Offset[m];
                }
            }
        }

        /// <summary>
        /// How strongly each neuron of every layer reaches the output: g_k = Σ_j |W_next(j,k)| · g_j,
        /// with g = 1 on the outputs, propagated back through the original weights. Element l is
        /// layer l's; the output layer's is all ones.
        /// </summary>
        public static double[][] Influence(Network network)
        {
            var layers = network.Layers;
            var influence = new double[layers.Count][];
            influence[layers.Count - 1] = Enumerable.Repeat(1.0, network.OutputCount).ToArray();
            for (int l = layers.Count - 2; l >= 0; l--)
            {
                var next = layers[l + 1];
                var g = new double[next.InputCount];
                for (int j = 0; j < next.OutputCount; j++)
                {
                    var row = next.Row(j);
                    double weight = influence[l + 1][j];
                    for (int k = 0; k < row.Length; k++) g[k] += Math.Abs(row[k]) * weight;
                }
                influence[l] = g;
            }
            return influence;
        }
    }
}
