using System;
using System.Linq;
using Ferd.Networks;

namespace Ferd.Pruning
{
    /// <summary>
    /// Magnitude pruning: in every layer zero the weights of smallest |W_ij| down to the plan's
    /// count (a uniform sparsity across layers); biases are kept and nothing is re-trained.
    /// </summary>
    public static class MagnitudePruner
    {
        /// <summary>Prunes to <paramref name="parameters"/> nonzero weights plus biases.</summary>
        public static Network Prune(Network network, int parameters, InputFrame? frame = null) =>
            Prune(network, PruningPlan.ForParameterCount(network, parameters), frame);

        /// <summary>Prunes by <paramref name="plan"/>; with a <paramref name="frame"/>, ranks the first layer's weights in standardized input coordinates.</summary>
        public static Network Prune(Network network, PruningPlan plan, InputFrame? frame = null)
        {
            var source = frame is null ? network : frame.ToStandardized(network);
            var layers = source.Layers.Select((layer, l) =>
            {
                double[] weights = (double[])layer.Weights.Clone();
                double[] scores = weights.Select(Math.Abs).ToArray();
                WeightRanking.KeepBest(weights, scores, plan.Keep[l]);
                return new DenseLayer(layer.InputCount, layer.OutputCount, weights, (double[])layer.Bias.Clone(), layer.Activation);
            }).ToArray();
            var pruned = network.WithLayers(layers);
            return frame is null ? pruned : frame.FromStandardized(pruned);
        }
    }
}
