using System;
using System.Linq;
using Ferd.Networks;

namespace Ferd.Pruning
{
    /// <summary>
    /// Wanda (Sun et al. 2023, "A Simple and Effective Pruning Approach for Large Language Models"):
    /// score S_ij = |W_ij| · ‖X_j‖₂ with X_j the layer's j-th input over the calibration samples,
    /// zero the lowest-scoring weights within each output row, no weight update. Each layer's inputs
    /// are computed through the already-pruned earlier layers, as in the paper's sequential variant.
    /// </summary>
    public static class WandaPruner
    {
        /// <summary>Prunes to <paramref name="parameters"/> nonzero weights plus biases.</summary>
        public static Network Prune(Network network, int parameters, double[][] calibration, InputFrame? frame = null) =>
            Prune(network, PruningPlan.ForParameterCount(network, parameters), calibration, frame);

        /// <summary>Prunes by <paramref name="plan"/>; with a <paramref name="frame"/>, works in standardized input coordinates.</summary>
        public static Network Prune(Network network, PruningPlan plan, double[][] calibration, InputFrame? frame = null)
        {
            if (calibration.Length == 0) throw new ArgumentException("Wanda needs at least one calibration sample.", nameof(calibration));
            var source = frame is null ? network : frame.ToStandardized(network);
            double[][] inputs = frame is null ? calibration : calibration.Select(x => frame.Standardize(x)).ToArray();
            var layers = new DenseLayer[source.Layers.Count];
            for (int l = 0; l < layers.Length; l++)
            {
                var layer = source.Layers[l];
                double[] norms = ColumnNorms(inputs, layer.InputCount);
                double[] weights = (double[])layer.Weights.Clone();
                int[] keep = plan.KeepPerRow(l, layer);
                for (int k = 0; k < layer.OutputCount; k++)
                {
                    var row = new Span<double>(weights, k * layer.InputCount, layer.InputCount);
                    var scores = new double[row.Length];
                    for (int j = 0; j < row.Length; j++) scores[j] = Math.Abs(row[j]) * norms[j];
                    WeightRanking.KeepBest(row, scores, keep[k]);
                }
                layers[l] = new DenseLayer(layer.InputCount, layer.OutputCount, weights, (double[])layer.Bias.Clone(), layer.Activation);
                inputs = inputs.Select(x =>
                {
                    var next = new double[layers[l].OutputCount];
                    layers[l].Evaluate(x, next);
                    return next;
                }).ToArray();
            }
            var pruned = network.WithLayers(layers);
            return frame is null ? pruned : frame.FromStandardized(pruned);
        }

        /// <summary>‖X_j‖₂ over the samples, for every input j.</summary>
        internal static double[] ColumnNorms(double[][] samples, int width)
        {
            var norms = new double[width];
            foreach (var x in samples)
            {
                for (int j = 0; j < width; j++) norms[j] += x[j] * x[j];
            }
            for (int j = 0; j < width; j++) norms[j] = Math.Sqrt(norms[j]);
            return norms;
        }
    }
}
