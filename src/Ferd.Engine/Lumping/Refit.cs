using System;
using System.Linq;
using Ferd.Evaluation;
using Ferd.Networks;

namespace Ferd.Lumping
{
    /// <summary>
    /// Data-aware refit (docs/METHOD.md §5): given calibration inputs, re-solve a compressed network's
    /// layers by least squares so it tracks the original network's values. The output layer is fitted
    /// to the original outputs' pre-activations; with <see cref="RefitOptions.HiddenLayers"/> each
    /// hidden layer, front to back, is fitted to the pre-activations of the original neuron that
    /// its neuron stands for (found by regression, so no partition is needed), each layer seeing
    /// the already-refitted layers before it. Of the candidates (data-free, output layer only,
    /// every layer) the one with the least error on the calibration data is returned.
    /// </summary>
    public static class Refit
    {
        public static Network Fit(Network original, Network compressed, double[][] inputs, RefitOptions? options = null)
        {
            options ??= RefitOptions.Default;
            if (inputs.Length == 0) throw new ArgumentException("Refit needs at least one calibration input.", nameof(inputs));
            if (original.InputCount != compressed.InputCount || original.OutputCount != compressed.OutputCount)
                throw new ArgumentException("The compressed network must take and give as many values as the original.", nameof(compressed));
            if (original.Layers.Count != compressed.Layers.Count)
                throw new ArgumentException("The compressed network must have as many layers as the original.", nameof(compressed));

            double[][] targets = inputs.Select(x => original.Evaluate(x)).ToArray();
            var candidates = options.HiddenLayers
                ? new[] { compressed, FitOutputLayer(original, compressed, inputs, options), FitEveryLayer(original, compressed, inputs, options) }
                : new[] { compressed, FitOutputLayer(original, compressed, inputs, options) };
            return candidates.OrderBy(n => Rmse.Of(n, inputs, targets)).First();
        }

        private static Network FitOutputLayer(Network original, Network compressed, double[][] inputs, RefitOptions options)
        {
            int last = compressed.Layers.Count - 1;
            double[][] features = inputs.Select(x => compressed.Trace(x)[last]).ToArray();
            double[][] targets = inputs.Select(x => PreActivations(original, x, last)).ToArray();
            var layers = compressed.Layers.ToArray();
            layers[last] = Solved(layers[last], features, targets, options);
            return compressed.WithLayers(layers);
        }

        private static Network FitEveryLayer(Network original, Network compressed, double[][] inputs, RefitOptions options)
        {
            var layers = compressed.Layers.ToArray();
            double[][] features = inputs.Select(x => x.ToArray()).ToArray();
            double[][][] originalPre = Enumerable.Range(0, layers.Length).Select(l => inputs.Select(x => PreActivations(original, x, l)).ToArray()).ToArray();
            for (int l = 0; l < layers.Length; l++)
            {
                double[][] targets = l == layers.Length - 1
                    ? originalPre[l]
                    : MatchedTargets(features.Select(f => Affine(layers[l], f)).ToArray(), originalPre[l]);
                layers[l] = Solved(layers[l], features, targets, options);
                var layer = layers[l];
                features = features.Select(f =>
                {
                    var next = new double[layer.OutputCount];
                    layer.Evaluate(f, next);
                    return next;
                }).ToArray();
            }
            return compressed.WithLayers(layers);
        }

        /// <summary>
        /// For each compressed neuron j, the scaled original pre-activation c·z_k it approximates:
        /// k of highest |correlation| with z'_j, c the least-squares scale (lumping maps z_k ≈ z'_j / c).
        /// </summary>
        private static double[][] MatchedTargets(double[][] compressedPre, double[][] originalPre)
        {
            int n = compressedPre.Length, width = compressedPre[0].Length, originals = originalPre[0].Length;
            var targets = new double[n][];
            for (int i = 0; i < n; i++) targets[i] = new double[width];
            for (int j = 0; j < width; j++)
            {
                double[] zj = compressedPre.Select(r => r[j]).ToArray();
                int best = -1;
                double bestFit = -1, bestScale = 0;
                for (int k = 0; k < originals; k++)
                {
                    double zz = 0, jz = 0, jj = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double z = originalPre[i][k];
                        zz += z * z;
                        jz += zj[i] * z;
                        jj += zj[i] * zj[i];
                    }
                    if (zz <= 0 || jj <= 0) continue;
                    double fit = jz * jz / (zz * jj); // squared cosine of the uncentred vectors
                    if (fit > bestFit)
                    {
                        best = k;
                        bestFit = fit;
                        bestScale = jz / zz;
                    }
                }
                for (int i = 0; i < n; i++) targets[i][j] = best < 0 ? zj[i] : bestScale * originalPre[i][best];
            }
            return targets;
        }

        private static DenseLayer Solved(DenseLayer layer, double[][] features, double[][] targets, RefitOptions options)
        {
            var (weights, bias) = RefitLeastSquares.Solve(features, targets, options.Ridge);
            return new DenseLayer(layer.InputCount, layer.OutputCount, weights, bias, layer.Activation);
        }

        private static double[] PreActivations(Network network, double[] x, int layer) => Affine(network.Layers[layer], network.Trace(x)[layer]);

        private static double[] Affine(DenseLayer layer, double[] input)
        {
            var z = new double[layer.OutputCount];
            for (int k = 0; k < z.Length; k++)
            {
                var row = layer.Row(k);
                double sum = layer.Bias[k];
                for (int m = 0; m < row.Length; m++) sum += row[m] * input[m];
                z[k] = sum;
            }
            return z;
        }
    }
}
