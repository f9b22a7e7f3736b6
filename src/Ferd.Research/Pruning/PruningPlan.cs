using System;
using System.Linq;
using Ferd.Networks;

namespace Ferd.Pruning
{
    /// <summary>
    /// How many weights each layer keeps. Every layer keeps the same fraction (a uniform
    /// sparsity); rounding is spread so the total hits a requested parameter count exactly.
    /// </summary>
    public sealed class PruningPlan
    {
        private PruningPlan(int[] keep)
        {
            Keep = keep;
        }

        /// <summary>Weights kept per layer.</summary>
        public int[] Keep { get; }

        /// <summary>Zero ⌊sparsity · n⌋ weights of each layer with n weights.</summary>
        public static PruningPlan Uniform(Network network, double sparsity)
        {
            if (!(sparsity >= 0 && sparsity <= 1)) throw new ArgumentOutOfRangeException(nameof(sparsity), sparsity, "Sparsity is a fraction in [0, 1].");
            return new PruningPlan(network.Layers.Select(l => l.Weights.Length - (int)Math.Floor(sparsity * l.Weights.Length + 1e-9)).ToArray());
        }

        /// <summary>
        /// The uniform sparsity whose kept weights plus all biases equal <paramref name="parameters"/>,
        /// remainders given to the layers with the largest fractional share (largest-remainder rounding).
        /// </summary>
        public static PruningPlan ForParameterCount(Network network, int parameters)
        {
            int biases = network.Layers.Sum(l => l.OutputCount);
            int weights = network.Layers.Sum(l => l.Weights.Length);
            if (parameters < biases || parameters > biases + weights)
                throw new ArgumentOutOfRangeException(nameof(parameters), parameters, $"A pruned network keeps its {biases} biases and at most {weights} weights.");
            double fraction = weights == 0 ? 0 : (double)(parameters - biases) / weights;
            double[] share = network.Layers.Select(l => fraction * l.Weights.Length).ToArray();
            int[] keep = share.Select(s => (int)Math.Floor(s)).ToArray();
            int missing = parameters - biases - keep.Sum();
            foreach (int l in Enumerable.Range(0, keep.Length).OrderByDescending(l => share[l] - keep[l]).ThenBy(l => l))
            {
                if (missing == 0) break;
                if (keep[l] < network.Layers[l].Weights.Length)
                {
                    keep[l]++;
                    missing--;
                }
            }
            return new PruningPlan(keep);
        }

        /// <summary>Weights kept in each output row of a layer: the layer's budget spread evenly over its rows.</summary>
        public int[] KeepPerRow(int layer, DenseLayer dense)
        {
            var rows = new int[dense.OutputCount];
            if (rows.Length == 0) return rows;
            int baseline = Keep[layer] / rows.Length, extra = Keep[layer] % rows.Length;
            for (int k = 0; k < rows.Length; k++) rows[k] = baseline + (k < extra ? 1 : 0);
            return rows;
        }
    }
}
