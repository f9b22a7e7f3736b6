using System;
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

        /// <summary>‖W_(:,k)‖₁ for every input k of <paramref name="next"/>: how strongly k feeds the next layer.</summary>
        public static double[] Influence(DenseLayer next)
        {
            var influence = new double[next.InputCount];
            for (int j = 0; j < next.OutputCount; j++)
            {
                var row = next.Row(j);
                for (int k = 0; k < row.Length; k++) influence[k] += Math.Abs(row[k]);
            }
            return influence;
        }
    }
}
